"""The hostility scorer: lexicon hits, then targeting rules decide if words are hostility.

A word list alone flags "that was fucking awesome" and "I'm such an idiot"; what
makes a message hostile is who the words are aimed at. So every hit is weighed by
its target (the reader, a mention, a group, oneself, an object, quoted speech)
found in a small token window around it, and the message score is the noisy-or
of the weighted hits. Most messages contain no lexicon anchor at all and return
after one translate, one regex scan and one set test.
"""

from __future__ import annotations

import bisect
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
_STOP_RE = re.compile(r"[.!?;\n]")
_PAUSE_RE = re.compile(r"[.!?;,:\n]")
_QUOTE_RE = re.compile(r'"')
_BEFORE = 6  # tokens looked at before a hit for its target
_AFTER = 3  # tokens looked at after a hit
_NEGATION_REACH = 3  # a negator this close before a hit cancels it

# How much of a hit's weight survives, by the target it was aimed at.
_TARGET_FACTOR: Mapping[TargetKind, float] = {
    TargetKind.SECOND_PERSON: 1.0,
    TargetKind.IMPERATIVE: 1.0,
    TargetKind.GROUP: 0.95,
    TargetKind.MENTION: 0.9,
    TargetKind.REPLY: 0.85,
    TargetKind.THIRD_PERSON: 0.5,
    TargetKind.NONE: 0.5,
    TargetKind.OBJECT: 0.1,
    TargetKind.SELF: 0.1,
    TargetKind.REPORTED: 0.1,
}
_AIMED = frozenset(
    {
        TargetKind.SECOND_PERSON,
        TargetKind.IMPERATIVE,
        TargetKind.GROUP,
        TargetKind.MENTION,
        TargetKind.REPLY,
    }
)
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


@dataclass(slots=True)
class _Context:
    """Per-message facts the targeting rules share: tokens and clause boundaries."""

    tokens: list[str]
    stop_after: list[bool]  # a sentence ends after token i (. ! ? ; newline)
    pause_after: list[bool]  # any punctuation pause (or the end) after token i
    addressed: bool  # the message speaks to someone ("you" somewhere)
    mentioned: bool
    is_reply: bool
    starts: list[int]  # index of the first token of each token's sentence
    ends: list[int]  # exclusive end of each token's sentence
    spans: list[tuple[int, int]]  # folded offsets of each token
    quotes: list[int]  # folded offsets of double quotes
    imperative: set[int] = field(default_factory=set)  # sentences holding an order

    @classmethod
    def build(
        cls,
        folded: str,
        words: list[tuple[str, int, int]],
        cues: Cues,
        mentioned: bool,
        is_reply: bool,
    ) -> _Context:
        tokens = [w[0] for w in words]
        stop_after: list[bool] = []
        pause_after: list[bool] = []
        for i, (_, _, end) in enumerate(words):
            gap = folded[end : words[i + 1][1]] if i + 1 < len(words) else "."
            stop_after.append(_STOP_RE.search(gap) is not None)
            pause_after.append(_PAUSE_RE.search(gap) is not None)
        addressed = not cues["second_person"].isdisjoint(tokens)
        starts: list[int] = []
        first = 0
        for i in range(len(tokens)):
            starts.append(first)
            if stop_after[i]:
                first = i + 1
        ends = [0] * len(tokens)
        end = len(tokens)
        for i in range(len(tokens) - 1, -1, -1):
            if stop_after[i]:
                end = i + 1
            ends[i] = end
        spans = [(w[1], w[2]) for w in words]
        quotes = [m.start() for m in _QUOTE_RE.finditer(folded)]
        return cls(
            tokens,
            stop_after,
            pause_after,
            addressed,
            mentioned,
            is_reply,
            starts,
            ends,
            spans,
            quotes,
        )

    def quoted(self, first: int, last: int) -> bool:
        """Tokens first..last-1 sit between a pair of double quotes: quoted, not said."""
        opened = bisect.bisect_left(self.quotes, self.spans[first][0])
        closing = bisect.bisect_left(self.quotes, self.spans[last - 1][1])
        return opened % 2 == 1 and closing < len(self.quotes)

    def sentence_start(self, index: int) -> int:
        return self.starts[index]

    def sentence_end(self, index: int) -> int:
        """Exclusive end of the sentence holding token `index`."""
        return self.ends[index]


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

    def _aim(self, ctx: _Context, hit: _Hit) -> tuple[TargetKind, str]:
        """Who a hit is aimed at, and a note when a rule cancels it (negated, counter-speech)."""
        cues = self._lexicon.cues
        tokens = ctx.tokens
        lo = max(ctx.sentence_start(hit.first), hit.first - _BEFORE)
        before = tokens[lo : hit.first]
        after = tokens[hit.last : min(hit.last + _AFTER, ctx.sentence_end(hit.last - 1))]
        entry = hit.entry
        if self._reported(before) or ctx.quoted(hit.first, hit.last):
            return TargetKind.REPORTED, ""
        if not cues["counter"].isdisjoint(after) and not cues["okay"].isdisjoint(after):
            return TargetKind.REPORTED, "counter-speech"
        if entry.category is Category.THREAT and not cues["gaming"].isdisjoint(tokens):
            return entry.aim or TargetKind.SECOND_PERSON, "gaming talk"
        note = "negated" if self._negated(before) else ""
        aim = entry.aim
        if aim is TargetKind.IMPERATIVE and not cues["modal"].isdisjoint(before[-2:]):
            aim = None  # "to piss off the liberals", "you need to shut up": not an order
        if aim is not None:
            return aim, note
        if after[:1] in (["like"], ["as"]) and after[1:2] and after[1] in cues["second_person"]:
            return TargetKind.SECOND_PERSON, note  # "idiots like you", "as dumb as you"
        target = self._person(before, after, cues, ctx.pause_after[hit.last - 1])
        if target is TargetKind.NONE:
            sentence = ctx.sentence_start(hit.first)
            if self._vocative(ctx, hit, before):
                target = TargetKind.SECOND_PERSON
            elif sentence in ctx.imperative or tokens[sentence] in cues["imperative"]:
                target = TargetKind.IMPERATIVE
            elif ctx.mentioned:
                target = TargetKind.MENTION
            elif ctx.is_reply:
                target = TargetKind.REPLY
        return target, note

    def _vocative(self, ctx: _Context, hit: _Hit, before: list[str]) -> bool:
        """A name-call set off by punctuation in a message that addresses someone.

        "You are wrong, idiot!", "Shows what you know dipshit." - the insult stands
        alone at a clause edge instead of describing a thing ("that is stupid").
        """
        cues = self._lexicon.cues
        if before and before[-1] in cues["vocative"]:
            return True
        if not ctx.pause_after[hit.last - 1]:
            return False
        sentence = ctx.tokens[ctx.sentence_start(hit.first) : hit.last]
        if all(t in cues["bridge"] or t in self._lexicon.anchors for t in sentence):
            return True  # the whole sentence is a name-call: "Fucking idiot!"
        if not ctx.addressed:
            return False
        if not before:
            return True
        previous = before[-1]
        if previous in cues["vocative"]:
            return True  # "hey moron"
        return not (
            previous in cues["bridge"]
            or previous in cues["object"]
            or previous in cues["third_person"]
            or previous in cues["self"]
        )

    def _reported(self, before: list[str]) -> bool:
        """A speech verb before the hit that is not addressed to the reader.

        "he called me a loser" is reported; "all I have to say to you is: fuck you"
        is not, because the saying is aimed at "you".
        """
        cues = self._lexicon.cues
        for i in range(len(before) - 1, -1, -1):
            if before[i] in cues["reported"]:
                return cues["second_person"].isdisjoint(before[i + 1 :])
        return False

    def _negated(self, before: list[str]) -> bool:
        """A negator between the nearest person cue and the hit ("you're not stupid")."""
        cues = self._lexicon.cues
        for token in reversed(before[-_NEGATION_REACH:]):
            if token in cues["negation"]:
                return True
            if token in cues["second_person"] or token in cues["self"]:
                return False
        return False

    def _person(self, before: list[str], after: list[str], cues: Cues, pause: bool) -> TargetKind:
        """The nearest person cue before a hit (then just after it) decides the target.

        Second person counts only when bound to the hit by copulas, articles and
        intensifiers ("you are a complete idiot", "you are wrong, idiot" allows one
        other word after a copula); a "you" in another clause ("I don't think you
        can blame him, that call was stupid") does not.
        """
        second = cues["second_person"]
        bridge = cues["bridge"]
        anchors = self._lexicon.anchors
        loose = 0
        for i in range(len(before) - 1, -1, -1):
            token = before[i]
            if token in second:
                following = before[i + 1] if i + 1 < len(before) else None
                if loose and not (loose == 1 and following in cues["copula"]):
                    continue
                if following in cues["group"]:
                    return TargetKind.GROUP
                if token in cues["possessive"]:
                    return self._possessive(following, pause)
                return TargetKind.SECOND_PERSON
            if token in cues["self"]:
                return TargetKind.SELF
            if token in cues["object"]:
                if not loose and pause and token in bridge:
                    continue  # "are you really that stupid?": "that" as intensifier
                return TargetKind.OBJECT
            if token in cues["third_person"]:
                return TargetKind.THIRD_PERSON
            if token not in bridge and token not in anchors:
                loose += 1
        if after and after[0] in second:
            return TargetKind.SECOND_PERSON
        if before and before[-1] in cues["article"] and not pause:
            return TargetKind.OBJECT  # "a stupid question", "the stupid job hunt"
        return TargetKind.NONE

    def _possessive(self, following: str | None, pause: bool) -> TargetKind:
        """Who "your ... <hit>" is about.

        "your an idiot" and "your so stupid!" are misspelt "you're"; "your leader is
        a loser" is about the leader and "your pathetic orchard" about a thing.
        """
        cues = self._lexicon.cues
        if following is not None and following in cues["article"]:
            return TargetKind.SECOND_PERSON
        if pause and (following is None or following in cues["bridge"]):
            return TargetKind.SECOND_PERSON
        if following is None or following in cues["bridge"]:
            return TargetKind.OBJECT
        return TargetKind.THIRD_PERSON

    # --- scoring ------------------------------------------------------------------

    def _score_hits(
        self, text: str, folded: str, mentioned: bool, is_reply: bool, profanity_ok: bool
    ) -> Verdict:
        words = self._words(folded)
        hits = self._find(text, folded, words)
        if not hits:
            return CLEAN
        ctx = _Context.build(folded, words, self._lexicon.cues, mentioned, is_reply)
        ctx.imperative = {ctx.starts[h.first] for h in hits if h.entry.aim is TargetKind.IMPERATIVE}
        weighed: list[_Hit] = []
        for hit in hits:
            target, note = self._aim(ctx, hit)
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
        score = _combine(hits)
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


def _combine(hits: list[_Hit]) -> float:
    """Noisy-or of the hits aimed at someone; untargeted hits and profanity count once.

    Long rants repeat words like "stupid" without aiming them at anyone, and
    swearing stacks up quickly ("damn", "hell", "shit"), so only hits with a clear
    target reinforce each other; the strongest untargeted hit and the strongest
    profanity (only next to another hit) are added once each.
    """
    aimed = [
        h.weight for h in hits if h.target in _AIMED and h.entry.category is not Category.PROFANITY
    ]
    loose = [
        h.weight
        for h in hits
        if h.target not in _AIMED and h.entry.category is not Category.PROFANITY
    ]
    swearing = [
        h.weight for h in hits if h.entry.category is Category.PROFANITY and h.target in _AIMED
    ]
    parts = [*aimed, max(loose, default=0.0)]
    if not any(parts):
        loose_swearing = [h.weight for h in hits if h.entry.category is Category.PROFANITY]
        return round(max(loose_swearing, default=0.0), 4)
    parts.append(max(swearing, default=0.0))
    remaining = 1.0
    for weight in parts:
        remaining *= 1.0 - weight
    return round(1.0 - remaining, 4)


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
        extra = ", ".join(
            dict.fromkeys(
                f"{h.entry.category.label if h.entry.category else ''} '{h.entry.term}'"
                for h in others
            )
        )
        line = f"{line}; also {extra}"
    return line if hostile else f"not hostile: {line}"
