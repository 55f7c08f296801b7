"""Weighing hits into a verdict: each hit by who it is aimed at (`targeting`), combined
into a score, a severity, categories and a plain explanation.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable, Iterable
from typing import Final

from bot.core.scoring.lexicon import Entry, Lexicon
from bot.core.scoring.targeting import Targeter
from bot.core.scoring.targeting_compound import COMPOUND_NOTE
from bot.core.scoring.targeting_context import (
    IDENTITY_NOTE,
    NAMED_NOTE,
    SAID_OF_NOTE,
    SAID_OF_WEIGHT,
    Context,
    Hit,
)
from bot.core.scoring.targeting_forum17 import USERS_NOTE
from bot.core.scoring.targeting_forum29 import THREAD_NOTE
from bot.core.scoring.targeting_gamechat57 import PLAYER_JOKE_NOTE
from bot.core.scoring.targeting_olid4 import (
    OUTRIGHT_FLOOR,
    OUTRIGHT_NOTE,
    POLITICAL_NOTE,
    outright_weight,
)
from bot.core.scoring.targeting_olid39 import RATED_NOTE
from bot.core.scoring.teasing import soften_teasing
from bot.core.scoring.verdict import (
    Category,
    Severity,
    TargetKind,
    Verdict,
    new_match,
    new_verdict,
)

_EXPLAIN_TERMS: Final = 4  # terms named per part of the explanation
_EXPLANATIONS_KEPT: Final = 4096  # explanation lines remembered (lexicon terms only), all scorers
_EXPLANATIONS: Final[dict[Hashable, str]] = {}
# How much of a hit's weight survives, by the target it was aimed at.
_TARGET_FACTOR: Final[dict[TargetKind, float]] = {
    TargetKind.SECOND_PERSON: 1.0,
    TargetKind.IMPERATIVE: 1.0,
    TargetKind.GROUP: 0.95,
    TargetKind.MENTION: 0.9,
    TargetKind.REPLY: 0.85,
    TargetKind.THIRD_PERSON: 0.75,
    TargetKind.NONE: 0.5,
    TargetKind.OBJECT: 0.1,
    TargetKind.SELF: 0.1,
    TargetKind.REPORTED: 0.1,
}
_AIMED: Final = frozenset(
    {
        TargetKind.SECOND_PERSON,
        TargetKind.IMPERATIVE,
        TargetKind.GROUP,
        TargetKind.MENTION,
        TargetKind.REPLY,
    }
)
_HIGH_CATEGORIES: Final = frozenset({Category.THREAT, Category.SELF_HARM, Category.IDENTITY_ATTACK})
_MEDIUM_SCORE: Final = 0.75
# Enum members read once: in 3.11 each `Category.X` goes through EnumType's __getattr__ hook.
_NO_SEVERITY: Final = Severity.NONE
_LOW: Final = Severity.LOW
_MEDIUM: Final = Severity.MEDIUM
_HIGH: Final = Severity.HIGH
_NO_TARGET: Final = TargetKind.NONE
_IMPERATIVE: Final = TargetKind.IMPERATIVE
_PROFANITY: Final = Category.PROFANITY
_INSULT: Final = Category.INSULT
_EXCLUSION: Final = Category.EXCLUSION
_new_tuple = tuple.__new__
_SWEAR_AT_GROUP: Final = 0.75  # a swear word aimed at an identity group ("fucking immigrants")
# A name-call said of one person ("he is a liar"): as plain as saying it to them, a
# little lighter, so a plain name-call still clears the default threshold.
_SAID_OF: Final = SAID_OF_WEIGHT
# A name-call said outright of a person or a political group: at least a floor (olid4).
_OUTRIGHT_NOTES: Final = frozenset({OUTRIGHT_NOTE, POLITICAL_NOTE, USERS_NOTE})
# Lifted to at least the floor: forum29's people of a thread, olid39's swear word rating a
# person in a role ("ur a shitty teammate"), gamechat57's player called a joke ("joke sf").
_FLOORED_NOTES: Final = frozenset({THREAD_NOTE, RATED_NOTE, PLAYER_JOKE_NOTE})
# review13: a name-call of a group narrowed to a topic right after it is no plain one
# ("immigrants are clueless about the tax forms", "old people are clueless with
# phones"): it keeps its own weight, below the floor that "immigrants are clueless" gets;
# "clueless about everything" is narrowed to nothing.
# fmt: off
_NARROWING: Final = frozenset({
    "about", "with", "at", "when", "where", "on", "in", "around", "how", "re", "riguardo",
    "su", "con",
})
_EVERYTHING: Final = frozenset({"everything", "anything", "all", "life", "tutto", "niente"})
# fmt: on
# A swear word aimed at a named player ("fuck tusk"): hostile, at low severity.
_SWEAR_AT_NAME: Final = 0.6
# A name-call fused with an identity group ("moslem rat"): a slur, whatever its word.
_COMPOUND: Final = 0.7
_TARGET_WORDS: Final[dict[TargetKind, str]] = {
    TargetKind.SECOND_PERSON: "aimed at the reader (second person)",
    TargetKind.IMPERATIVE: "told to the reader (imperative)",
    TargetKind.GROUP: "aimed at a group",
    TargetKind.MENTION: "aimed at a mentioned user",
    TargetKind.REPLY: "in a reply",
    TargetKind.THIRD_PERSON: "about a third person",
    TargetKind.NONE: "with no clear target",
    TargetKind.OBJECT: "about a thing, not a person",
    TargetKind.SELF: "self-directed",
    TargetKind.REPORTED: "in reported or quoted speech",
}


class Weigher:
    """The weighing half of a scorer: targeting rules, a threshold, the shared explanations."""

    def __init__(self, lexicon: Lexicon, threshold: float) -> None:
        self._threshold = threshold
        self._targeter = Targeter(lexicon)
        # Lines depend only on the hits' terms, so every scorer shares one bounded memo.
        self._explanations = _EXPLANATIONS

    def swearing_only(self, hits: list[Hit], profanity_ok: bool) -> Verdict:
        """Profanity with nothing else: never hostile on its own, so skip targeting.

        Its weight is below any sensible threshold even when aimed ("you're so
        fucking talented"), and skipping the targeting keeps swearing-heavy chat cheap.
        """
        factor = 0.0 if profanity_ok else _TARGET_FACTOR[_NO_TARGET]
        profanity = _PROFANITY
        matches = tuple(
            new_match(h.entry.term, profanity, h.entry.weight * factor, h.start, h.end)
            for h in hits
        )
        score = round(max(m.weight for m in matches), 4)
        hostile = score >= self._threshold  # only with a threshold below 0.15
        named = _named(m.term for m in matches)
        return new_verdict(
            hostile=hostile,
            score=score,
            severity=_LOW if hostile else _NO_SEVERITY,
            categories=(profanity,) if score > 0 else (),
            matches=matches,
            target=_NO_TARGET,
            explanation=f"{'' if hostile else 'not hostile: '}profanity only: {named}",
        )

    def weigh(self, ctx: Context, hits: list[Hit], profanity_ok: bool) -> list[Hit]:
        is_order = self._targeter.is_order
        ctx.imperative_at = [
            h.first
            for h in hits
            if h.entry.aim is _IMPERATIVE and is_order(ctx, h)  # orders only
        ]
        weighed = []
        for hit in hits:
            target, note = self._targeter.aim(ctx, hit)
            target, note = self._targeter.in_game(ctx, hit, target, note)
            entry = hit.entry
            if note == IDENTITY_NOTE:
                swearing = entry.category is _PROFANITY
                said_outright = entry.category is _INSULT or entry.category is _EXCLUSION
                entry = _as_identity_attack(entry)
                base = _SWEAR_AT_GROUP if swearing else entry.weight
                if said_outright and base >= OUTRIGHT_FLOOR and not _narrowed(ctx, hit.last):
                    # "immigrants are clueless", "i wish jews would just go away", with the
                    # floor of "libs are clueless"
                    weight = outright_weight(base, _TARGET_FACTOR[target])
                else:
                    weight = base * _TARGET_FACTOR[target]
            elif note == COMPOUND_NOTE:
                entry = _as_identity_attack(entry)
                weight = max(entry.weight, _COMPOUND) * _TARGET_FACTOR[target]
            elif note == SAID_OF_NOTE:
                weight = entry.weight * _SAID_OF
            elif note in _FLOORED_NOTES:  # "the mods are trolls", "ur a shitty teammate"
                weight = max(outright_weight(entry.weight), OUTRIGHT_FLOOR)
            elif note in _OUTRIGHT_NOTES:
                weight = outright_weight(entry.weight)  # "she is a fraud", "libs are clueless"
            elif note == NAMED_NOTE:
                swearing = entry.category is _PROFANITY
                weight = _SWEAR_AT_NAME if swearing else entry.weight * _SAID_OF
            else:
                weight = 0.0 if note else entry.weight * _TARGET_FACTOR[target]
            if profanity_ok and entry.category is _PROFANITY:
                weight = 0.0
            weighed.append(  # `Hit(...)` without its Python-level __new__ (a call per hit)
                _new_tuple(
                    Hit, (entry, hit.first, hit.last, hit.start, hit.end, target, note, weight)
                )
            )
        return soften_teasing(ctx, weighed)  # "lmao ur a dork love yah"

    def _explain(self, ranked: list[Hit], hostile: bool) -> str:
        """`_explain`, remembered: it names lexicon terms only, and chat repeats the same
        few combinations of hits, so most flagged messages reuse a line already built."""
        top = ranked[0]
        key = (
            hostile,
            top.target,
            top.note,
            tuple([(h.entry.term, h.entry.category, h.weight > 0) for h in ranked]),
        )
        line = self._explanations.get(key)
        if line is None:
            if len(self._explanations) >= _EXPLANATIONS_KEPT:
                self._explanations.clear()
            line = self._explanations[key] = _explain(ranked, hostile)
        return line

    def verdict(self, hits: list[Hit], explanation: str | None = None) -> Verdict:
        score = _combine(hits)
        hostile = score >= self._threshold
        # Most verdicts weigh one hit: nothing to rank, no key function to call.
        ranked = hits if len(hits) == 1 else sorted(hits, key=_by_weight)
        categories: list[Category] = []
        for hit in ranked:
            category = hit.entry.category
            if category is not None and category not in categories and hit.weight > 0:
                categories.append(category)
        severity = _NO_SEVERITY
        if hostile:
            high = False
            floor = self._threshold * 0.8
            for h in hits:
                if h.entry.category in _HIGH_CATEGORIES and h.weight >= floor:
                    high = True
                    break
            if high:
                severity = _HIGH
            elif score >= _MEDIUM_SCORE:
                severity = _MEDIUM
            else:
                severity = _LOW
        profanity = _PROFANITY
        matches = tuple(
            [
                new_match(h.entry.term, h.entry.category or profanity, h.weight, h.start, h.end)
                for h in hits
            ]
        )
        return new_verdict(
            hostile=hostile,
            score=score,
            severity=severity,
            categories=tuple(categories),
            matches=matches,
            target=ranked[0].target,
            explanation=(
                self._explain(ranked, hostile)
                if explanation is None
                else explanation
                if hostile
                else f"not hostile: {explanation}"
            ),
        )


def _by_weight(hit: Hit) -> float:
    return -hit.weight


def _as_identity_attack(entry: Entry) -> Entry:
    """Hostile words aimed at an identity group are an identity attack; threats stay threats,
    and self-harm words wished on a group ("i hope the refugees all die") are a threat to it:
    a nudge must not call them encouraging self-harm."""
    if entry.category is Category.SELF_HARM:
        return dataclasses.replace(entry, category=Category.THREAT)
    if entry.category in (Category.IDENTITY_ATTACK, Category.THREAT):
        return entry
    return dataclasses.replace(entry, category=Category.IDENTITY_ATTACK)


def _combine(hits: list[Hit]) -> float:
    """Noisy-or of the hits aimed at someone; untargeted hits and profanity count once.

    Long rants repeat words like "stupid" without aiming them at anyone, and
    swearing stacks up quickly ("damn", "hell", "shit"), so only hits with a clear
    target reinforce each other: the strongest untargeted hit and the strongest
    aimed profanity are added once each, and only to an aimed hit. Without one,
    the score is the single strongest hit.
    """
    aimed: list[float] = []
    loose = swearing = loose_swearing = 0.0
    for hit in hits:
        is_aimed = hit.target in _AIMED
        if hit.entry.category is _PROFANITY:
            loose_swearing = max(loose_swearing, hit.weight)
            if is_aimed:
                swearing = max(swearing, hit.weight)
        elif is_aimed:
            aimed.append(hit.weight)
        else:
            loose = max(loose, hit.weight)
    if not aimed:
        return round(max(loose, loose_swearing), 4)
    remaining = (1.0 - swearing) * (1.0 - loose)
    for weight in aimed:
        remaining *= 1.0 - weight
    return round(1.0 - remaining, 4)


def _terms(hits: list[Hit]) -> str:
    return _named(h.entry.term for h in hits)


def _named(terms: Iterable[str]) -> str:
    """Distinct terms, quoted, the first few named: "'idiot', 'moron' (+2 more)"."""
    unique = list(dict.fromkeys(terms))
    named = ", ".join(f"'{t}'" for t in unique[:_EXPLAIN_TERMS])
    extra = len(unique) - _EXPLAIN_TERMS
    return named + (f" (+{extra} more)" if extra > 0 else "")


def _explain(ranked: list[Hit], hostile: bool) -> str:
    """One line for moderators, naming canonical lexicon terms only, never message text."""
    top = ranked[0]
    category = top.entry.category or Category.PROFANITY
    how = top.note or _TARGET_WORDS[top.target]
    line = f"{category.label} {how}: {_terms([h for h in ranked if h.entry.category is category])}"
    others = [h for h in ranked[1:] if h.entry.category is not category and h.weight > 0]
    if others:
        labels = dict.fromkeys((h.entry.category or Category.PROFANITY).label for h in others)
        line = f"{line}; also {', '.join(labels)}: {_terms(others)}"
    return line if hostile else f"not hostile: {line}"


def _narrowed(ctx: Context, last: int) -> bool:
    """A topic right after a group's name-call narrows it: "clueless about cars"."""
    tokens = ctx.tokens
    if last >= len(tokens) or tokens[last] not in _NARROWING:
        return False
    return last + 1 >= len(tokens) or tokens[last + 1] not in _EVERYTHING
