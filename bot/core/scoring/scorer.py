"""The hostility scorer: lexicon hits, then targeting rules decide if words are hostility.

A word list alone flags "that was fucking awesome" and "I'm such an idiot"; what
makes a message hostile is who the words are aimed at. So every hit is weighed by
its target (the reader, a mention, a group, oneself, an object, quoted speech)
found in a small token window around it, and the message score combines the
weighted hits. Most messages contain no lexicon anchor at all and return after
one translate, a split, two gate regexes and two set tests; the rest pay only
for the few tokens around each hit, so cost stays linear in length. This module
finds and weighs hits; bot/core/scoring/targeting.py decides who each one is aimed at.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import re
from collections.abc import Container, Hashable, Iterable, Mapping
from dataclasses import dataclass, field

from bot.core.guild_settings import DEFAULT_THRESHOLD, SUPPORTED_LANGUAGES, GuildSettings
from bot.core.scoring.folding import (
    TOKEN_RE,
    OffsetMap,
    flatten,
    fold,
    has_letter,
    spaced_runs,
    squeeze_variants,
)
from bot.core.scoring.lexicon import Entry, Lexicon
from bot.core.scoring.lexicon_shared import shared_lexicon
from bot.core.scoring.targeting import IDENTITY_NOTE, SENTENCE_REACH, Context, Hit, Targeter
from bot.core.scoring.verdict import Category, Match, Severity, TargetKind, Verdict

logger = logging.getLogger(__name__)

_MENTION_RE = re.compile(r"<@!?\d+>|(?<![\w@])@\w")  # a Discord mention, or "@name" typed as text
# Cheap gates for the two rules that need look-ups beyond whole tokens: a letter
# repeated 3+ times ("stuuupid") and single letters set apart ("k y s"; the exact
# rule is normalize.SPACED_RE, these only decide whether to run it).
_RUN_GATE_RE = re.compile(r"([a-z])\1\1")
_SPACED_GATE_RE = re.compile(r" [a-z] {1,3}[a-z] {1,3}[a-z] ")  # on padded flattened text
_WORD_RE = re.compile(r"\S+")  # tokens of flattened text
_MASKED_RE = re.compile(r"[^\W_]*\*[\w*]*")  # a word with starred-out letters
_SEGMENT_LIMIT = 64  # spaced-out letters longer than this are not split into words
_LONGEST_WORD = 16
_ONE_LETTER_WORDS = frozenset({"i", "u", "a"})
_MAX_HITS = 64  # hits weighed per message, strongest first: a flood cannot cost more
_EXPLAIN_TERMS = 4  # terms named per part of the explanation
_EXPLANATIONS_KEPT = 4096  # explanation lines remembered (lexicon terms only), all scorers
_EXPLANATIONS: dict[Hashable, str] = {}

# How much of a hit's weight survives, by the target it was aimed at.
_TARGET_FACTOR: Mapping[TargetKind, float] = {
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
_SWEAR_AT_GROUP = 0.75  # a swear word aimed at an identity group ("fucking immigrants")

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

    languages: tuple[str, ...] = SUPPORTED_LANGUAGES
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


class Scorer:
    """Scores messages against one compiled lexicon; build once, call many times."""

    def __init__(
        self, config: ScorerConfig | None = None, *, lexicon: Lexicon | None = None
    ) -> None:
        """A scorer for `config`: its terms layered on the language set's shared lexicon.

        The shared lexicon is compiled on first use; the bot compiles it in a worker
        thread first (`lexicon.shared_lexicon`), so building a scorer stays cheap. Pass
        `lexicon` to score with one compiled some other way (a full `build_lexicon`).
        """
        self.config = config or ScorerConfig()
        if lexicon is None:
            lexicon = shared_lexicon(self.config.languages).layer(
                self.config.custom_terms, self.config.allowed_terms
            )
        self._lexicon: Lexicon = lexicon
        self._cues = self._lexicon.cues
        self._hit_words = self._lexicon.hit_words
        self._split_pairs = self._lexicon.split_pairs
        # Word pairs that wake the slow path: phrase anchors and our words split in two.
        self._gate_pairs = self._lexicon.gate_pairs
        self._split_keys = self._lexicon.split_keys
        self._pair_keys = self._lexicon.pair_keys
        self._targeter = Targeter(self._lexicon)
        # Lines depend only on the hits' terms, so every scorer shares one bounded memo.
        self._explanations = _EXPLANATIONS
        # Swearing beside these may be aimed at a group ("fuck gay people"): no shortcut.
        self._group_words = self._cues["identity"] | self._cues["identity_adjective"]
        self._typos = self._lexicon.typos
        self._typo_words = self._lexicon.typo_words
        self._index_words = self._lexicon.index_words

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
        pairs: frozenset[tuple[str, str]] | None = None
        if not gated:
            if (
                self._hit_words.isdisjoint(tokens)
                and self._gate_pairs.isdisjoint(itertools.pairwise(tokens))
                and self._typo_words.isdisjoint(tokens)
            ):
                return CLEAN
            # One pass over the word pairs serves phrase matching and split words.
            pairs = self._pair_keys.intersection(itertools.pairwise(tokens))
            gated = bool(pairs) and not self._split_keys.isdisjoint(pairs)
        folded = fold(text) if gated else None  # punctuation kept: needed for context
        spans: list[tuple[int, int]] | None = None
        if folded is not None:
            tokens, spans = self._rewrite(folded)
            pairs = None
        if not self._typo_words.isdisjoint(tokens):  # "scumm" reads as "scum"
            index, typos = self._index_words, self._typos
            tokens = [t if t in index else typos.get(t, t) for t in tokens]
            pairs = None
        candidates = self._candidates(tokens, pairs)
        if not candidates:
            return CLEAN
        swearing = all(c[2].category is Category.PROFANITY for c in candidates)
        if spans is None:  # flat has folded's offsets; only as far as rules look past hits
            needed = candidates[-1][1] + (0 if swearing else SENTENCE_REACH)
            spans = [m.span() for m in itertools.islice(_WORD_RE.finditer(flat), needed)]
        hits = self._hits(text, flat, spans, candidates)
        if not hits:
            return CLEAN
        if swearing and self._group_words.isdisjoint(tokens):
            return self._swearing_only(hits, profanity_ok)
        mentioned = mentions_someone or _MENTION_RE.search(text) is not None
        if folded is None:
            folded = fold(text)
        ctx = Context(self._lexicon, folded, tokens, spans, mentioned=mentioned, is_reply=is_reply)
        return self._verdict(self._weigh(ctx, hits, profanity_ok))

    def _swearing_only(self, hits: list[Hit], profanity_ok: bool) -> Verdict:
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
        words = self._rejoin_split(folded, words)
        tokens = [w[0] for w in words]
        if _RUN_GATE_RE.search(folded) is not None:
            known = self._lexicon.known_words
            tokens = [
                t if t in known or len(t) < 3 else (_known_variant(t, known) or t) for t in tokens
            ]
        return tokens, [(start, end) for _, start, end in words]

    def _rejoin_split(
        self, folded: str, words: list[tuple[str, int, int]]
    ) -> list[tuple[str, int, int]]:
        """One of our words split in two by spaces ("you are an i diot") is read whole."""
        split = self._split_pairs
        if self._split_keys.isdisjoint(itertools.pairwise(w[0] for w in words)):
            return words
        out: list[tuple[str, int, int]] = []
        i = 0
        while i < len(words):
            word, start, end = words[i]
            if i + 1 < len(words):
                following, next_start, next_end = words[i + 1]
                whole = split.get((word, following))
                if whole is not None and folded[end:next_start].isspace():
                    out.append((whole, start, next_end))
                    i += 2
                    continue
            out.append(words[i])
            i += 1
        return out

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

    def _candidates(
        self, tokens: list[str], pairs: frozenset[tuple[str, str]] | None = None
    ) -> list[tuple[int, int, Entry]]:
        """Non-overlapping lexicon hits: benign phrases claim tokens first, longest wins.

        `pairs`, when given, holds the message's word pairs already known to be keys.
        """
        lexicon = self._lexicon
        found: list[tuple[int, int, Entry]] = []
        for token in lexicon.index_words.intersection(tokens):
            _match_at(tokens, token, lexicon.anchors[token], found)
        if pairs is None:
            pairs = lexicon.pair_words.intersection(itertools.pairwise(tokens))
        for pair in lexicon.pair_words.intersection(pairs):
            _match_at(tokens, pair, lexicon.pairs[pair], found)
        if len(found) == 1:  # the usual case: one word or phrase, nothing overlaps
            return found if found[0][2].category is not None else []
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
    ) -> list[Hit]:
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
                hits.append(Hit(entry, first, last, start, end))
        return hits

    # --- targeting ----------------------------------------------------------------

    def _weigh(self, ctx: Context, hits: list[Hit], profanity_ok: bool) -> list[Hit]:
        is_order = self._targeter.is_order
        ctx.imperative_at = [
            h.first
            for h in hits
            if h.entry.aim is TargetKind.IMPERATIVE and is_order(ctx, h)  # orders only
        ]
        weighed = []
        for hit in hits:
            target, note = self._targeter.aim(ctx, hit)
            entry = hit.entry
            if note == IDENTITY_NOTE:
                swearing = entry.category is Category.PROFANITY
                entry = _as_identity_attack(entry)
                base = _SWEAR_AT_GROUP if swearing else entry.weight
                weight = base * _TARGET_FACTOR[target]
            else:
                weight = 0.0 if note else entry.weight * _TARGET_FACTOR[target]
            if entry.category is Category.PROFANITY and profanity_ok:
                weight = 0.0
            weighed.append(
                Hit(entry, hit.first, hit.last, hit.start, hit.end, target, note, weight)
            )
        return weighed

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

    def _verdict(self, hits: list[Hit], explanation: str | None = None) -> Verdict:
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
                self._explain(ranked, hostile)
                if explanation is None
                else explanation
                if hostile
                else f"not hostile: {explanation}"
            ),
        )


def _as_identity_attack(entry: Entry) -> Entry:
    """Hostile words aimed at an identity group are an identity attack; threats stay threats."""
    if entry.category in (Category.IDENTITY_ATTACK, Category.THREAT, Category.SELF_HARM):
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
    count = len(tokens)
    i = -1
    for _ in range(tokens.count(token)):  # counted first: no ValueError to end the search
        i = tokens.index(token, i + 1)
        if following is not None and (i + 1 >= count or tokens[i + 1] != following):
            continue
        for offset, entry in entries:
            phrase = entry.tokens
            size = len(phrase)
            if size == 1:  # the key word itself: nothing else to compare
                found.append((i, i + 1, entry))
                continue
            first = i - offset
            end = first + size
            if (
                first >= 0
                and end <= count
                and tokens[end - 1] == phrase[-1]  # rules out most phrases before a slice
                and tuple(tokens[first:end]) == phrase
            ):
                found.append((first, end, entry))


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


def _known_variant(word: str, known: Container[str]) -> str | None:
    for variant in squeeze_variants(word):
        if variant in known:
            return variant
    return None


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
