"""The scorer's answer, as plain frozen values every layer can share."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum
from json.encoder import encode_basestring_ascii as _json_string
from typing import Final


class Severity(IntEnum):
    """How serious a flagged message is; ordered so tiers compare with < and >."""

    NONE = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3

    @property
    def label(self) -> str:
        return self.name.lower()


class Category(StrEnum):
    """Kinds of hostility the lexicons know; values are stable (stored in stats)."""

    INSULT = "insult"
    PROFANITY = "profanity"
    THREAT = "threat"
    SELF_HARM = "self_harm"
    EXCLUSION = "exclusion"
    IDENTITY_ATTACK = "identity_attack"
    BODY_SHAMING = "body_shaming"
    SEXUAL_HARASSMENT = "sexual_harassment"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


class TargetKind(StrEnum):
    """Who the hostile words are aimed at; decides whether words become hostility."""

    SECOND_PERSON = "second_person"
    MENTION = "mention"
    REPLY = "reply"
    GROUP = "group"
    IMPERATIVE = "imperative"
    SELF = "self"
    OBJECT = "object"
    THIRD_PERSON = "third_person"
    REPORTED = "reported"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Match:
    """One lexicon hit: the canonical lexicon term, never the user's raw text."""

    term: str
    category: Category
    weight: float
    start: int
    end: int

    @staticmethod
    def _new(term: str, category: Category, weight: float, start: int, end: int) -> Match:
        """`new_match`'s body: inside the class, so the compiled build stores each field
        directly (see the note above `new_match`)."""
        match = Match.__new__(Match)
        object.__setattr__(match, "term", term)
        object.__setattr__(match, "category", category)
        object.__setattr__(match, "weight", weight)
        object.__setattr__(match, "start", start)
        object.__setattr__(match, "end", end)
        return match


@dataclass(frozen=True, slots=True)
class Verdict:
    """Everything a caller needs to act on a message and explain why."""

    hostile: bool
    score: float
    severity: Severity
    categories: tuple[Category, ...]
    matches: tuple[Match, ...]
    target: TargetKind
    explanation: str

    @staticmethod
    def _new(
        *,
        hostile: bool,
        score: float,
        severity: Severity,
        categories: tuple[Category, ...],
        matches: tuple[Match, ...],
        target: TargetKind,
        explanation: str,
    ) -> Verdict:
        """`new_verdict`'s body, inside the class for the same reason as `Match._new`."""
        verdict = Verdict.__new__(Verdict)
        object.__setattr__(verdict, "hostile", hostile)
        object.__setattr__(verdict, "score", score)
        object.__setattr__(verdict, "severity", severity)
        object.__setattr__(verdict, "categories", categories)
        object.__setattr__(verdict, "matches", matches)
        object.__setattr__(verdict, "target", target)
        object.__setattr__(verdict, "explanation", explanation)
        return verdict

    def to_json_dict(self) -> dict[str, object]:
        """A JSON-ready view (used by `kindness-bot check --jsonl`)."""
        return {
            "hostile": self.hostile,
            "score": round(self.score, 3),
            "severity": self.severity.label,
            "categories": [c.value for c in self.categories],
            "target": self.target.value,
            "terms": [m.term for m in self.matches],
            "explanation": self.explanation,
        }

    def to_json_line(self) -> str:
        """`json.dumps(self.to_json_dict())`, built directly: `check --jsonl` writes one per
        message, and this is several times cheaper than a dict and a general encoder.

        Joined from a list, not an f-string: mypyc turns an f-string holding `{{` or `!r`
        into a `str.format` call per piece.
        """
        # A StrEnum member is a str holding its value, so the tuple joins as it is.
        categories = '"' + '", "'.join(self.categories) + '"' if self.categories else ""
        terms = ", ".join([_json_string(m.term) for m in self.matches])
        return "".join(
            [
                '{"hostile": true, "score": ' if self.hostile else '{"hostile": false, "score": ',
                repr(round(self.score, 3)),
                ', "severity": ',
                _SEVERITY_JSON[self.severity],
                ', "categories": [',
                categories,
                '], "target": ',
                _TARGET_JSON[self.target],
                ', "terms": [',
                terms,
                '], "explanation": ',
                _json_string(self.explanation),
                "}",
            ]
        )


# Building a frozen dataclass through its generated `__init__` runs that method as
# interpreted Python (keyword handling, an `object.__setattr__` per field): about 7,500
# instructions a Match and 11,000 a Verdict in the compiled build, where the scorer
# builds one or two per flagged message. These set the same fields directly, as that
# `__init__` does, and build the same object (same fields, same class: equality, hash,
# repr and frozenness are the dataclass's own). Each class's own `__new__`: in the
# compiled build it is the native class's, and `object.__new__` refuses it.
#
# The stores are written `object.__setattr__(obj, "field", value)` inside a method of
# the class itself (`Match._new`, `Verdict._new`): there mypyc compiles that call, with
# a literal field name of the class being compiled, to a direct store into the native
# field (mypyc/irbuild/specialize.py, `translate_object_setattr`), the same field the
# generic call reaches through the class's attribute descriptor. Called through a
# module alias or from outside the class it stays a generic call: about 1,000
# instructions a field. The sources build runs `object.__setattr__` as written, as before.


def new_match(term: str, category: Category, weight: float, start: int, end: int) -> Match:
    """`Match(term, category, weight, start, end)`, the same object, built cheaper."""
    return Match._new(term, category, weight, start, end)


def new_verdict(
    *,
    hostile: bool,
    score: float,
    severity: Severity,
    categories: tuple[Category, ...],
    matches: tuple[Match, ...],
    target: TargetKind,
    explanation: str,
) -> Verdict:
    """`Verdict(...)` with these fields, the same object, built cheaper (see `new_match`)."""
    return Verdict._new(
        hostile=hostile,
        score=score,
        severity=severity,
        categories=categories,
        matches=matches,
        target=target,
        explanation=explanation,
    )


# Each member's JSON text, built once: an enum member's `.value` and `.name` are Python
# properties (a call each on 3.11, compiled or not), read several times per verdict.
_SEVERITY_JSON: Final[dict[Severity, str]] = {s: f'"{s.label}"' for s in Severity}
_TARGET_JSON: Final[dict[TargetKind, str]] = {t: f'"{t.value}"' for t in TargetKind}
