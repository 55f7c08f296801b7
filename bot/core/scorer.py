"""The hostility scorer: lexicon hits, then targeting rules decide if words are hostility.

A word list alone flags "that was fucking awesome" and "I'm such an idiot"; what
makes a message hostile is who the words are aimed at. So every hit is weighed by
its target (the reader, a mention, a group, oneself, an object, quoted speech)
found in a small token window around it, and the message score is the noisy-or
of the weighted hits. Most messages contain no lexicon anchor at all and return
after one translate, one regex scan and one set test.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.core.guild_settings import DEFAULT_THRESHOLD, GuildSettings
from bot.core.lexicon import Cues, Entry, Lexicon, build_lexicon
from bot.core.normalize import (
    RUN3_RE,
    SPACED_RE,
    TOKEN_RE,
    fold,
    has_letter,
    original_offsets,
    spaced_runs,
    squeeze_variants,
)
from bot.core.verdict import Category, Match, Severity, TargetKind, Verdict

logger = logging.getLogger(__name__)

_MENTION_RE = re.compile(r"<@!?\d+>")
_BEFORE = 4  # tokens looked at before a hit for its target
_AFTER = 3  # tokens looked at after a hit
_NEGATION_REACH = 3  # a negator this close before a hit cancels it

# How much of a hit's weight survives, by the target it was aimed at.
_TARGET_FACTOR: Mapping[TargetKind, float] = {
    TargetKind.SECOND_PERSON: 1.0,
    TargetKind.IMPERATIVE: 1.0,
    TargetKind.GROUP: 0.95,
    TargetKind.MENTION: 0.9,
    TargetKind.REPLY: 0.85,
    TargetKind.THIRD_PERSON: 0.7,
    TargetKind.NONE: 0.6,
    TargetKind.OBJECT: 0.1,
    TargetKind.SELF: 0.1,
    TargetKind.REPORTED: 0.1,
}
_HIGH_CATEGORIES = frozenset({Category.THREAT, Category.SELF_HARM, Category.IDENTITY_ATTACK})
_MEDIUM_SCORE = 0.75

_TARGET_WORDS: Mapping[TargetKind, str] = {
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

CLEAN = Verdict(
    hostile=False,
    score=0.0,
    severity=Severity.NONE,
    categories=(),
    matches=(),
    target=TargetKind.NONE,
    explanation="no hostile language found",
)


@dataclass(frozen=True)
class ScorerConfig:
    """What a server can tune; hashable so the bot caches one Scorer per config."""

    languages: tuple[str, ...] = ("en",)
    custom_terms: Mapping[str, Category] = field(default_factory=dict)
    allowed_terms: frozenset[str] = frozenset()
    threshold: float = DEFAULT_THRESHOLD

    def __hash__(self) -> int:
        return hash(
            (
                self.languages,
                tuple(sorted(self.custom_terms.items())),
                self.allowed_terms,
                self.threshold,
            )
        )

    @classmethod
    def from_settings(cls, settings: GuildSettings) -> ScorerConfig:
        """The scorer-relevant part of a server's settings."""
        return cls(
            languages=tuple(settings.languages),
            custom_terms=dict(settings.custom_terms),
            allowed_terms=frozenset(settings.allowed_terms),
            threshold=settings.threshold,
        )


@dataclass(frozen=True, slots=True)
class _Hit:
    """One matched entry with its token span and the weight left after targeting."""

    entry: Entry
    first: int
    last: int  # exclusive token index
    start: int  # folded-text offsets
    end: int
    target: TargetKind
    note: str
    weight: float


class Scorer:
    """Scores messages against one compiled lexicon; build once, call many times."""

    def __init__(self, config: ScorerConfig | None = None) -> None:
        self.config = config or ScorerConfig()
        self._lexicon: Lexicon = build_lexicon(
            self.config.languages, self.config.custom_terms, self.config.allowed_terms
        )
        self._anchor_words = frozenset(self._lexicon.anchors)

    def score(
        self,
        text: str,
        *,
        mentions_someone: bool = False,
        is_reply: bool = False,
        profanity_ok: bool = False,
    ) -> Verdict:
        """Decide whether `text` is hostile toward a person or group, and why."""
        folded = fold(text)
        if (
            self._anchor_words.isdisjoint(TOKEN_RE.findall(folded))
            and RUN3_RE.search(folded) is None
            and SPACED_RE.search(folded) is None
        ):
            return CLEAN
        mentioned = mentions_someone or _MENTION_RE.search(text) is not None
        return self._score_hits(text, folded, mentioned, is_reply, profanity_ok)

    # --- matching -----------------------------------------------------------------

    def _words(self, folded: str) -> list[tuple[str, int, int]]:
        """Tokens with folded offsets, after rejoining spaced letters and squeezing repeats."""
        words = [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(folded)]
        anchors = self._lexicon.anchors
        known = self._lexicon.known_words
        if SPACED_RE.search(folded) is not None:
            for start, end, joined in spaced_runs(folded):
                word = joined if joined in anchors else _known_variant(joined, anchors)
                if word is not None:
                    words = [w for w in words if w[2] <= start or w[1] >= end]
                    words.append((word, start, end))
            words.sort(key=lambda w: w[1])
        if RUN3_RE.search(folded) is not None:
            for i, (word, start, end) in enumerate(words):
                if word not in known:
                    variant = _known_variant(word, known)
                    if variant is not None:
                        words[i] = (variant, start, end)
        return words

    def _find(self, text: str, folded: str, words: list[tuple[str, int, int]]) -> list[_Hit]:
        """All lexicon hits, benign phrases masking, longest phrase first, no overlaps."""
        anchors = self._lexicon.anchors
        tokens = [w[0] for w in words]
        candidates: list[tuple[int, int, Entry]] = []
        for i, token in enumerate(tokens):
            for offset, entry in anchors.get(token, ()):
                first = i - offset
                last = first + len(entry.tokens)
                if first >= 0 and tuple(tokens[first:last]) == entry.tokens:
                    candidates.append((first, last, entry))
        if not candidates:
            return []
        taken = [False] * len(tokens)
        chosen: list[tuple[int, int, Entry]] = []
        # Benign phrases claim their tokens first, then longer phrases beat shorter.
        candidates.sort(key=lambda c: (c[2].category is not None, c[0] - c[1], c[0]))
        for first, last, entry in candidates:
            if any(taken[first:last]):
                continue
            for k in range(first, last):
                taken[k] = True
            if entry.category is not None:
                chosen.append((first, last, entry))
        offsets = original_offsets(text) if len(folded) != len(text) else None
        hits = []
        for first, last, entry in sorted(chosen, key=lambda c: c[0]):
            start, end = words[first][1], words[last - 1][2]
            if offsets is not None:
                start, end = offsets[start], offsets[end]
            if not has_letter(text[start:end]):
                continue  # "455" is a number, not leet for a word
            hits.append(_Hit(entry, first, last, start, end, TargetKind.NONE, "", 0.0))
        return hits

    # --- targeting ----------------------------------------------------------------

    def _aim(
        self, tokens: list[str], hit: _Hit, mentioned: bool, is_reply: bool, imperative: bool
    ) -> tuple[TargetKind, str]:
        """Who a hit is aimed at, and a note when a rule cancels it (negated, counter-speech)."""
        cues = self._lexicon.cues
        before = tokens[max(0, hit.first - _BEFORE) : hit.first]
        after = tokens[hit.last : hit.last + _AFTER]
        entry = hit.entry
        if any(t in cues["reported"] for t in before):
            return TargetKind.REPORTED, ""
        if any(t in cues["counter"] for t in after) and any(t in cues["okay"] for t in after[:4]):
            return TargetKind.REPORTED, "counter-speech"
        if entry.category is Category.THREAT and not cues["gaming"].isdisjoint(tokens):
            return entry.aim or TargetKind.SECOND_PERSON, "gaming talk"
        near = before[-_NEGATION_REACH:]
        negated = any(t in cues["negation"] for t in near)
        if entry.aim is not None:
            return entry.aim, "negated" if negated else ""
        target = self._person(before, after, cues)
        if target is TargetKind.NONE:
            if imperative:
                target = TargetKind.IMPERATIVE
            elif mentioned:
                target = TargetKind.MENTION
            elif is_reply:
                target = TargetKind.REPLY
        return target, "negated" if negated else ""

    @staticmethod
    def _person(before: list[str], after: list[str], cues: Cues) -> TargetKind:
        """The nearest person cue before a hit (then just after it) decides the target."""
        second = cues["second_person"]
        for i in range(len(before) - 1, -1, -1):
            token = before[i]
            if token in second:
                if i + 1 < len(before) and before[i + 1] in cues["group"]:
                    return TargetKind.GROUP
                return TargetKind.SECOND_PERSON
            if token in cues["self"]:
                return TargetKind.SELF
            if token in cues["object"]:
                return TargetKind.OBJECT
            if token in cues["third_person"]:
                return TargetKind.THIRD_PERSON
        for token in after:
            if token in second:
                return TargetKind.SECOND_PERSON
        return TargetKind.NONE

    # --- scoring ------------------------------------------------------------------

    def _score_hits(
        self, text: str, folded: str, mentioned: bool, is_reply: bool, profanity_ok: bool
    ) -> Verdict:
        words = self._words(folded)
        hits = self._find(text, folded, words)
        if not hits:
            return CLEAN
        tokens = [w[0] for w in words]
        imperative = bool(tokens) and tokens[0] in self._lexicon.cues["imperative"]
        imperative = imperative or any(h.entry.aim is TargetKind.IMPERATIVE for h in hits)
        weighed: list[_Hit] = []
        for hit in hits:
            target, note = self._aim(tokens, hit, mentioned, is_reply, imperative)
            weight = hit.entry.weight * _TARGET_FACTOR[target]
            if note:
                weight = 0.0
            if hit.entry.category is Category.PROFANITY and profanity_ok:
                weight = 0.0
            weighed.append(
                _Hit(hit.entry, hit.first, hit.last, hit.start, hit.end, target, note, weight)
            )
        return self._verdict(weighed)

    def _verdict(self, hits: list[_Hit]) -> Verdict:
        remaining = 1.0
        for hit in hits:
            remaining *= 1.0 - hit.weight
        score = round(1.0 - remaining, 4)
        hostile = score >= self.config.threshold
        ranked = sorted(hits, key=lambda h: -h.weight)
        top = ranked[0]
        categories: list[Category] = []
        for hit in ranked:
            category = hit.entry.category
            if category is not None and category not in categories and hit.weight > 0:
                categories.append(category)
        severity = Severity.NONE
        if hostile:
            high = any(
                h.entry.category in _HIGH_CATEGORIES and h.weight >= self.config.threshold * 0.8
                for h in hits
            )
            if high:
                severity = Severity.HIGH
            elif score >= _MEDIUM_SCORE:
                severity = Severity.MEDIUM
            else:
                severity = Severity.LOW
        matches = tuple(
            Match(h.entry.term, h.entry.category or Category.PROFANITY, h.weight, h.start, h.end)
            for h in hits
        )
        return Verdict(
            hostile=hostile,
            score=score,
            severity=severity,
            categories=tuple(categories),
            matches=matches,
            target=top.target,
            explanation=_explain(ranked, hostile),
        )


def _known_variant(word: str, known: Mapping[str, object] | frozenset[str]) -> str | None:
    for variant in squeeze_variants(word):
        if variant in known:
            return variant
    return None


def _explain(ranked: list[_Hit], hostile: bool) -> str:
    """One line for moderators, naming canonical lexicon terms only, never message text."""
    top = ranked[0]
    category = top.entry.category or Category.PROFANITY
    terms = [h.entry.term for h in ranked if h.entry.category is category]
    quoted = ", ".join(f"'{t}'" for t in dict.fromkeys(terms))
    how = top.note or _TARGET_WORDS[top.target]
    line = f"{category.label} {how}: {quoted}"
    others = [h for h in ranked[1:] if h.entry.category is not category and h.weight > 0]
    if others:
        extra = ", ".join(dict.fromkeys(f"{h.entry.category.label if h.entry.category else ''} '{h.entry.term}'" for h in others))
        line = f"{line}; also {extra}"
    return line if hostile else f"not hostile: {line}"
