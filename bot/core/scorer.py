"""The hostility scorer: lexicon hits, then targeting rules decide if words are hostility.

A word list alone flags "that was fucking awesome" and "I'm such an idiot"; what
makes a message hostile is who the words are aimed at. So every hit is weighed by
its target (the reader, a mention, a group, oneself, an object, quoted speech)
found in a small token window around it, and the message score combines the
weighted hits. Most messages contain no lexicon anchor at all and return after
one translate, a split, two gate regexes and two set tests; the rest pay only
for the few tokens around each hit, so cost stays linear in length.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from bot.core.guild_settings import DEFAULT_THRESHOLD, GuildSettings
from bot.core.lexicon import Entry, Lexicon, build_lexicon
from bot.core.normalize import (
    TOKEN_RE,
    OffsetMap,
    flatten,
    fold,
    has_letter,
    spaced_runs,
    squeeze_variants,
)
from bot.core.verdict import Category, Match, Severity, TargetKind, Verdict

logger = logging.getLogger(__name__)

_MENTION_RE = re.compile(r"<@!?\d+>")
# Cheap gates for the two rules that need look-ups beyond whole tokens: a letter
# repeated 3+ times ("stuuupid") and single letters set apart ("k y s"; the exact
# rule is normalize.SPACED_RE, these only decide whether to run it).
_RUN_GATE_RE = re.compile(r"([a-z])\1\1")
_SPACED_GATE_RE = re.compile(r" [a-z] {1,3}[a-z] {1,3}[a-z] ")  # on padded flattened text
_WORD_RE = re.compile(r"\S+")  # tokens of flattened text
_MASKED_RE = re.compile(r"[^\W_]*\*[\w*]*")  # a word with starred-out letters
_STOP_RE = re.compile(r"[.!?;\n]")
_PAUSE_RE = re.compile(r"[.!?;,:\n]")
_QUOTE_RE = re.compile(r'"')

_BEFORE = 6  # tokens looked at before a hit for its target
_AFTER = 4  # tokens looked at after a hit
_NEGATION_REACH = 3  # a negator this close before a hit cancels it
_SENTENCE_REACH = 12  # how far sentence-level rules look; keeps each hit O(1)
_SEGMENT_LIMIT = 64  # spaced-out letters longer than this are not split into words
_LONGEST_WORD = 16
_ONE_LETTER_WORDS = frozenset({"i", "u", "a"})
_MAX_HITS = 64  # hits weighed per message, strongest first: a flood cannot cost more
_EXPLAIN_TERMS = 4  # terms named per part of the explanation

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
    start: int  # offsets in the original text
    end: int
    target: TargetKind = TargetKind.NONE
    note: str = ""
    weight: float = 0.0


class _Context:
    """One message's tokens and clause boundaries, computed lazily around hits."""

    __slots__ = (
        "_gaming",
        "_pauses",
        "_quotes",
        "_stops",
        "cues",
        "folded",
        "imperative_at",
        "is_reply",
        "mentioned",
        "spans",
        "tokens",
    )

    def __init__(
        self,
        lexicon: Lexicon,
        folded: str,
        tokens: list[str],
        spans: list[tuple[int, int]],
        *,
        mentioned: bool,
        is_reply: bool,
    ) -> None:
        self.cues = lexicon.cues
        self.folded = folded
        self.tokens = tokens
        self.spans = spans
        self.mentioned = mentioned
        self.is_reply = is_reply
        self.imperative_at: list[int] = []  # token indexes of hits that are orders
        self._stops = [m.start() for m in _STOP_RE.finditer(folded)]
        self._pauses: list[int] | None = None
        self._quotes: list[int] | None = None
        self._gaming: bool | None = None

    def _gap_has(self, marks: list[int], index: int) -> bool:
        """Is one of `marks` (sorted offsets) between token `index` and the next token?"""
        if index + 1 >= len(self.spans):  # spans stop short of the end only far from hits
            return index >= len(self.tokens) - 1
        at = bisect.bisect_left(marks, self.spans[index][1])
        return at < len(marks) and marks[at] < self.spans[index + 1][0]

    def stop_after(self, index: int) -> bool:
        return self._gap_has(self._stops, index)

    def pause_after(self, index: int) -> bool:
        if self._pauses is None:
            self._pauses = [m.start() for m in _PAUSE_RE.finditer(self.folded)]
        return self._gap_has(self._pauses, index)

    def sentence_start(self, index: int, reach: int) -> int:
        """First token of the sentence holding `index`, looking back at most `reach`."""
        stops = self._stops
        at = bisect.bisect_left(stops, self.spans[index][0])
        floor = max(0, index - reach)
        if at == 0:
            return floor
        first = bisect.bisect_right(self.spans, stops[at - 1], key=_span_start)
        return max(first, floor)

    def sentence_end(self, index: int, reach: int) -> int:
        """Exclusive end of the sentence holding `index`, looking ahead at most `reach`."""
        stops = self._stops
        ceiling = min(len(self.tokens), index + reach + 1)
        at = bisect.bisect_left(stops, self.spans[index][1])
        if at == len(stops):
            return ceiling
        end = bisect.bisect_right(self.spans, stops[at], key=_span_start)
        return min(end, ceiling)

    def starts_sentence(self, index: int) -> bool:
        return index == 0 or self.stop_after(index - 1)

    def quoted(self, first: int, last: int) -> bool:
        """Tokens first..last-1 sit between a pair of double quotes: quoted, not said."""
        if self._quotes is None:
            self._quotes = [m.start() for m in _QUOTE_RE.finditer(self.folded)]
        opened = bisect.bisect_left(self._quotes, self.spans[first][0])
        closing = bisect.bisect_left(self._quotes, self.spans[last - 1][1])
        return opened % 2 == 1 and closing < len(self._quotes)

    @property
    def gaming(self) -> bool:
        """Game talk somewhere in the message ("rematch", "boss", "gg")."""
        if self._gaming is None:
            self._gaming = not self.cues["gaming"].isdisjoint(self.tokens)
        return self._gaming

    def near_order(self, index: int) -> bool:
        """An imperative hit ("shut up", "stfu") in the same sentence, close by."""
        at = bisect.bisect_left(self.imperative_at, index)
        for k in (at - 1, at):
            if 0 <= k < len(self.imperative_at):
                other = self.imperative_at[k]
                low, high = min(other, index), max(other, index)
                if high - low <= _SENTENCE_REACH and not any(
                    self.stop_after(j) for j in range(low, high)
                ):
                    return True
        return False


def _span_start(span: tuple[int, int]) -> int:
    return span[0]


class Scorer:
    """Scores messages against one compiled lexicon; build once, call many times."""

    def __init__(self, config: ScorerConfig | None = None) -> None:
        self.config = config or ScorerConfig()
        self._lexicon: Lexicon = build_lexicon(
            self.config.languages, self.config.custom_terms, self.config.allowed_terms
        )
        self._cues = self._lexicon.cues
        self._hit_words = self._lexicon.hit_words
        self._hit_pairs = self._lexicon.hit_pairs

    def score(
        self,
        text: str,
        *,
        mentions_someone: bool = False,
        is_reply: bool = False,
        profanity_ok: bool = False,
    ) -> Verdict:
        """Decide whether `text` is hostile toward a person or group, and why."""
        flat = flatten(text)
        tokens = flat.split()
        gated = (
            "*" in text
            or _RUN_GATE_RE.search(flat) is not None
            or _SPACED_GATE_RE.search(f" {flat} ") is not None
        )
        if (
            not gated
            and self._hit_words.isdisjoint(tokens)
            and self._hit_pairs.isdisjoint(itertools.pairwise(tokens))
        ):
            return CLEAN
        folded = fold(text) if gated else None  # punctuation kept: needed for context
        spans: list[tuple[int, int]] | None = None
        if folded is not None:
            tokens, spans = self._rewrite(folded)
        candidates = self._candidates(tokens)
        if not candidates:
            return CLEAN
        swearing = all(c[2].category is Category.PROFANITY for c in candidates)
        if spans is None:  # flat has folded's offsets; only as far as rules look past hits
            needed = candidates[-1][1] + (0 if swearing else _SENTENCE_REACH)
            spans = [m.span() for m in itertools.islice(_WORD_RE.finditer(flat), needed)]
        hits = self._hits(text, flat, spans, candidates)
        if not hits:
            return CLEAN
        if swearing:
            return self._swearing_only(hits, profanity_ok)
        mentioned = mentions_someone or _MENTION_RE.search(text) is not None
        if folded is None:
            folded = fold(text)
        ctx = _Context(self._lexicon, folded, tokens, spans, mentioned=mentioned, is_reply=is_reply)
        return self._verdict(self._weigh(ctx, hits, profanity_ok))

    def _swearing_only(self, hits: list[_Hit], profanity_ok: bool) -> Verdict:
        """Profanity with nothing else: never hostile on its own, so skip targeting.

        Its weight is below any sensible threshold even when aimed ("you're so
        fucking talented"), and skipping the targeting keeps swearing-heavy chat cheap.
        """
        factor = 0.0 if profanity_ok else _TARGET_FACTOR[TargetKind.NONE]
        matches = tuple(
            Match(h.entry.term, Category.PROFANITY, h.entry.weight * factor, h.start, h.end)
            for h in hits
        )
        score = round(max(m.weight for m in matches), 4)
        hostile = score >= self.config.threshold  # only with a threshold below 0.15
        named = _named(m.term for m in matches)
        return Verdict(
            hostile=hostile,
            score=score,
            severity=Severity.LOW if hostile else Severity.NONE,
            categories=(Category.PROFANITY,) if score > 0 else (),
            matches=matches,
            target=TargetKind.NONE,
            explanation=f"{'' if hostile else 'not hostile: '}profanity only: {named}",
        )

    # --- matching -----------------------------------------------------------------

    def _rewrite(self, folded: str) -> tuple[list[str], list[tuple[int, int]]]:
        """Tokens and spans after rejoining spaced letters, unmasking starred-out words
        and squeezing letter runs."""
        words = [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(folded)]
        joined: list[tuple[str, int, int]] = []
        for letters, offsets in spaced_runs(folded):
            for word, first, last in self._segment(letters):
                joined.append((word, offsets[first], offsets[last - 1] + 1))
        if "*" in folded:
            joined.extend(self._unmasked(folded))
            joined.sort(key=lambda run: run[1])
            joined = [run for i, run in enumerate(joined) if i == 0 or run[1] >= joined[i - 1][2]]
        if joined:
            words = _merge(words, joined)
        tokens = [w[0] for w in words]
        if _RUN_GATE_RE.search(folded) is not None:
            known = self._lexicon.known_words
            tokens = [
                t if t in known or len(t) < 3 else (_known_variant(t, known) or t) for t in tokens
            ]
        return tokens, [(start, end) for _, start, end in words]

    def _segment(self, letters: str) -> list[tuple[str, int, int]]:
        """Split rejoined letters into known words ("fuckyou" -> "fuck", "you").

        Greedy longest match over lexicon and cue words; all or nothing, and only
        worth it when a lexicon word is among the pieces. Long runs are not words.
        """
        anchors = self._lexicon.anchors
        whole = letters if letters in anchors else _known_variant(letters, anchors)
        if whole is not None:
            return [(whole, 0, len(letters))]
        if len(letters) > _SEGMENT_LIMIT:
            return []
        known = self._lexicon.known_words
        pieces = []
        i = 0
        while i < len(letters):
            for size in range(min(_LONGEST_WORD, len(letters) - i), 0, -1):
                piece = letters[i : i + size]
                if piece in known and (size > 1 or piece in _ONE_LETTER_WORDS):
                    pieces.append((piece, i, i + size))
                    i += size
                    break
            else:
                return []
        return pieces if any(piece in anchors for piece, _, _ in pieces) else []

    def _unmasked(self, folded: str) -> list[tuple[str, int, int]]:
        """Words with letters starred out ("f*ck", "a**hole") read as the lexicon word.

        A star stands for one letter. When several words fit ("s**t"), the weakest
        one is taken, so a guess never makes a message look worse than it may be.
        """
        found = []
        for match in _MASKED_RE.finditer(folded):
            masked = match.group()
            if sum(ch != "*" for ch in masked) < 1 or masked.count("*") * 2 > len(masked):
                continue
            fits = [
                (weight, word)
                for word, weight in self._lexicon.maskable.get(len(masked), ())
                if all(m in ("*", w) for m, w in zip(masked, word, strict=True))
            ]
            if fits:
                found.append((min(fits)[1], match.start(), match.end()))
        return found

    def _candidates(self, tokens: list[str]) -> list[tuple[int, int, Entry]]:
        """Non-overlapping lexicon hits: benign phrases claim tokens first, longest wins."""
        lexicon = self._lexicon
        found: list[tuple[int, int, Entry]] = []
        for token in lexicon.index_words.intersection(tokens):
            _match_at(tokens, token, lexicon.anchors[token], found)
        for pair in lexicon.pair_words.intersection(itertools.pairwise(tokens)):
            _match_at(tokens, pair, lexicon.pairs[pair], found)
        if not found or all(entry.category is None for _, _, entry in found):
            return []
        found.sort(key=lambda c: (c[2].category is not None, c[0] - c[1], c[0]))
        taken: set[int] = set()
        chosen = []
        for first, last, entry in found:
            span = range(first, last)
            if not taken.isdisjoint(span):
                continue
            taken.update(span)
            if entry.category is not None:
                chosen.append((first, last, entry))
        chosen.sort(key=lambda c: c[0])
        return chosen

    def _hits(
        self,
        text: str,
        folded: str,
        spans: list[tuple[int, int]],
        candidates: list[tuple[int, int, Entry]],
    ) -> list[_Hit]:
        """Hits with offsets in the original text; a flood keeps only the strongest."""
        if len(candidates) > _MAX_HITS:
            strongest = sorted(candidates, key=lambda c: (-c[2].weight, c[0]))[:_MAX_HITS]
            candidates = sorted(strongest, key=lambda c: c[0])
        offsets = OffsetMap(text) if len(folded) != len(text) else None
        hits = []
        for first, last, entry in candidates:
            start, end = spans[first][0], spans[last - 1][1]
            if offsets is not None:
                start, end = offsets.start(start), offsets.end(end)
            span = text[start:end]
            if span.isalpha() or has_letter(span):  # "455" is a number, not leet for "ass"
                hits.append(_Hit(entry, first, last, start, end))
        return hits

    # --- targeting ----------------------------------------------------------------

    def _weigh(self, ctx: _Context, hits: list[_Hit], profanity_ok: bool) -> list[_Hit]:
        ctx.imperative_at = [h.first for h in hits if h.entry.aim is TargetKind.IMPERATIVE]
        weighed = []
        for hit in hits:
            target, note = self._aim(ctx, hit)
            weight = 0.0 if note else hit.entry.weight * _TARGET_FACTOR[target]
            if hit.entry.category is Category.PROFANITY and profanity_ok:
                weight = 0.0
            weighed.append(
                _Hit(hit.entry, hit.first, hit.last, hit.start, hit.end, target, note, weight)
            )
        return weighed

    def _aim(self, ctx: _Context, hit: _Hit) -> tuple[TargetKind, str]:
        """Who a hit is aimed at, and a note when a rule cancels it (negated, counter-speech)."""
        cues = self._cues
        tokens = ctx.tokens
        before = tokens[ctx.sentence_start(hit.first, _BEFORE) : hit.first]
        after = tokens[hit.last : ctx.sentence_end(hit.last - 1, _AFTER)]
        entry = hit.entry
        if self._reported(before) or ctx.quoted(hit.first, hit.last):
            return TargetKind.REPORTED, ""
        if not cues["counter"].isdisjoint(after) and not cues["okay"].isdisjoint(after):
            return TargetKind.REPORTED, "counter-speech"
        if entry.category is Category.THREAT and ctx.gaming:
            return entry.aim or TargetKind.SECOND_PERSON, "gaming talk"
        note = "negated" if self._negated(before) else ""
        aim = entry.aim
        if aim is TargetKind.IMPERATIVE and not cues["modal"].isdisjoint(before[-2:]):
            aim = None  # "to piss off the liberals", "you need to shut up": not an order
        if aim is TargetKind.IMPERATIVE and after and after[0] in cues["dative"]:
            return TargetKind.OBJECT, note  # "vaffanculo al lunedì": sent at Monday
        if aim is not None:
            return aim, note
        if after[:1] in (["like"], ["as"]) and after[1:2] and after[1] in cues["second_person"]:
            return TargetKind.SECOND_PERSON, note  # "idiots like you", "as dumb as you"
        if any(
            a in cues["second_person"] and b in cues["copula"] for a, b in itertools.pairwise(after)
        ):
            return TargetKind.SECOND_PERSON, note  # "how stupid you are", "what a loser you are"
        pause = ctx.pause_after(hit.last - 1)
        target = self._person(before, after, pause)
        if target is TargetKind.NONE:
            start = ctx.sentence_start(hit.first, _SENTENCE_REACH)
            if self._vocative(ctx, hit, before, pause):
                target = TargetKind.SECOND_PERSON
            elif ctx.near_order(hit.first) or (
                ctx.starts_sentence(start) and tokens[start] in cues["imperative"]
            ):
                target = TargetKind.IMPERATIVE
            elif ctx.mentioned:
                target = TargetKind.MENTION
            elif ctx.is_reply:
                target = TargetKind.REPLY
        return target, note

    def _vocative(self, ctx: _Context, hit: _Hit, before: list[str], pause: bool) -> bool:
        """A name-call addressed to someone rather than describing a thing.

        "Hey moron", "Fucking idiot!", "You are wrong, idiot!", "Shows what you know
        dipshit." - the insult stands alone at a clause edge ("that is stupid" does not).
        """
        cues = self._cues
        if not cues["descriptive"].isdisjoint(hit.entry.tokens):
            return False  # "Trash.", "Pathetic!": a verdict on what was said, not a name
        if before and before[-1] in cues["vocative"]:
            return True
        if not pause:
            return False
        start = ctx.sentence_start(hit.first, _SENTENCE_REACH)
        if ctx.starts_sentence(start) and all(
            t in cues["bridge"] or t in self._lexicon.anchors for t in ctx.tokens[start : hit.first]
        ):
            return True  # the whole sentence is a name-call
        window = ctx.tokens[start : hit.last + _AFTER]
        if cues["second_person"].isdisjoint(window):
            return False  # nobody is addressed in this sentence
        if not before:
            return True
        previous = before[-1]
        return not (
            previous in cues["function"]
            or previous in cues["article"]
            or previous in cues["copula"]
            or previous in cues["object"]
            or previous in cues["third_person"]
            or previous in cues["self"]
        )

    def _reported(self, before: list[str]) -> bool:
        """A speech verb before the hit that is not addressed to the reader.

        "he called me a loser" is reported; "all I have to say to you is: fuck you"
        is not, because the saying is aimed at "you".
        """
        cues = self._cues
        for i in range(len(before) - 1, -1, -1):
            if before[i] in cues["reported"]:
                return not any(
                    t in cues["second_person"] and t not in cues["possessive"]
                    for t in before[i + 1 :]
                )  # "said to you" is addressed; "called your mom" is still reported
        return False

    def _negated(self, before: list[str]) -> bool:
        """A negator between the nearest person cue and the hit ("you're not stupid")."""
        cues = self._cues
        near = before[-_NEGATION_REACH:]
        for i in range(len(near) - 1, -1, -1):
            token = near[i]
            if token in cues["negation"]:
                return True
            if token in cues["second_person"] or token in cues["self"]:
                # Italian puts the negator before the verb-pronoun: "non sei stupido".
                return i > 0 and near[i - 1] in cues["negation"]
        return False

    def _person(self, before: list[str], after: list[str], pause: bool) -> TargetKind:
        """The nearest person cue before a hit (then just after it) decides the target.

        Second person counts only when bound to the hit by copulas, articles and
        intensifiers ("you are a complete idiot"; "you are wrong, idiot" allows one
        other word after a copula); a "you" in another clause ("I don't think you
        can blame him, that call was stupid") does not.
        """
        cues = self._cues
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
        cues = self._cues
        if following is not None and (following in cues["article"] or following in cues["family"]):
            return TargetKind.SECOND_PERSON  # "your a loser", "your mom is a whore"
        if pause and (following is None or following in cues["bridge"]):
            return TargetKind.SECOND_PERSON
        if following is None or following in cues["bridge"]:
            return TargetKind.OBJECT
        return TargetKind.THIRD_PERSON

    # --- verdict ------------------------------------------------------------------

    def _verdict(self, hits: list[_Hit], explanation: str | None = None) -> Verdict:
        score = _combine(hits)
        hostile = score >= self.config.threshold
        ranked = sorted(hits, key=lambda h: -h.weight)
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
            target=ranked[0].target,
            explanation=(
                _explain(ranked, hostile)
                if explanation is None
                else explanation
                if hostile
                else f"not hostile: {explanation}"
            ),
        )


def _combine(hits: list[_Hit]) -> float:
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
        if hit.entry.category is Category.PROFANITY:
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


def _match_at(
    tokens: list[str],
    key: str | tuple[str, str],
    entries: tuple[tuple[int, Entry], ...],
    found: list[tuple[int, int, Entry]],
) -> None:
    """Add every phrase of `entries` found where `key` (a word or a word pair) occurs."""
    token, following = (key, None) if isinstance(key, str) else key
    i = -1
    while True:
        try:
            i = tokens.index(token, i + 1)
        except ValueError:
            return
        if following is not None and (i + 1 >= len(tokens) or tokens[i + 1] != following):
            continue
        for offset, entry in entries:
            first = i - offset
            last = first + len(entry.tokens)
            if first >= 0 and tuple(tokens[first:last]) == entry.tokens:
                found.append((first, last, entry))


def _merge(
    words: list[tuple[str, int, int]], joined: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """Replace the tokens covered by each rejoined word (sorted, disjoint) with it."""
    merged: list[tuple[str, int, int]] = []
    runs = iter(joined)
    run = next(runs, None)
    for item in words:
        while run is not None and run[2] <= item[1]:
            merged.append(run)
            run = next(runs, None)
        if run is not None and run[1] <= item[1] < run[2]:
            continue  # a piece of the rejoined word
        merged.append(item)
    if run is not None:
        merged.append(run)
        merged.extend(runs)
    return merged


def _known_variant(word: str, known: Mapping[str, object] | frozenset[str]) -> str | None:
    for variant in squeeze_variants(word):
        if variant in known:
            return variant
    return None


def _terms(hits: list[_Hit]) -> str:
    return _named(h.entry.term for h in hits)


def _named(terms: Iterable[str]) -> str:
    """Distinct terms, quoted, the first few named: "'idiot', 'moron' (+2 more)"."""
    unique = list(dict.fromkeys(terms))
    named = ", ".join(f"'{t}'" for t in unique[:_EXPLAIN_TERMS])
    extra = len(unique) - _EXPLAIN_TERMS
    return named + (f" (+{extra} more)" if extra > 0 else "")


def _explain(ranked: list[_Hit], hostile: bool) -> str:
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
