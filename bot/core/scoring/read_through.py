"""Phrases read through an intensifier set inside them (issue 8, phrase11).

"disabled people are a fucking burden", "go back to your fucking country", "i will
fucking find you", "sei un fottuto peso", "tornatevene al vostro cazzo di paese": a
swear word or an intensifier inside a phrase term split it, and the phrase matched
only without it. The matcher looks the message up once more with those words left out
(`through_phrases`) and keeps only the phrases that bridge one; the intensifier keeps
its own hit (a profanity word still counts as profanity), so a phrase found this way
claims only its own words (`own_positions`).

Only words that intensify what follows and stand for nothing themselves are left out;
the phrases decide what is hostile, so "go back to your fucking base" stays whatever
"go back to your base" is.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Container
from typing import Final

from bot.core.scoring.lexicon import Entry, Lexicon, WordSet

# One-word intensifiers, as the matcher's tokens spell them ("f*cking" is unmasked to
# "fucking", "f u c k i n g" rejoined, before this reads them).
INTENSIFIERS: Final[frozenset[str]] = frozenset(
    {
        # English swearing used as an intensifier
        "fucking",
        "fuckin",
        "fuckn",
        "fkn",
        "fkin",
        "fking",
        "fcking",
        "fckin",
        "fukin",
        "fuking",
        "motherfucking",
        "effing",
        "freaking",
        "freakin",
        "frickin",
        "fricking",
        "friggin",
        "frigging",
        "damn",
        "damned",
        "goddamn",
        "goddamned",
        "bloody",
        # hatecheck57: a swear adjective set in a claim ("disabled people are a shitty
        # burden"); it keeps its own profanity hit
        "shitty",
        "crappy",
        # English adverbs of degree
        "so",
        "really",
        "totally",
        "such",
        # Italian
        "fottuto",
        "fottuta",
        "fottuti",
        "fottute",
        "maledetto",
        "maledetta",
        "maledetti",
        "maledette",
        "dannato",
        "dannata",
        "dannati",
        "dannate",
        "schifoso",
        "schifosa",
        "schifosi",
        "schifose",
        "davvero",
        "veramente",
        "proprio",
    }
)
# "cazzo di" before a noun and "del cazzo" after one: two words left out together.
_CAZZO: Final = "cazzo"
_CAZZO_BEFORE: Final = "di"
_CAZZO_AFTER: Final = "del"
# What every read-through needs in a message: one of these words.
READ_THROUGH: Final[frozenset[str]] = INTENSIFIERS | {_CAZZO}
# "cazzo di te": a pronoun after "cazzo di" is what "cazzo" is said of, not a noun.
_PRONOUNS: Final[frozenset[str]] = frozenset({"te", "voi", "me", "noi", "lui", "lei", "loro"})
# Articles that agree with the word after them: "a fucking idiot" reads "an idiot".
_EN_ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
_IT_ARTICLES: Final[frozenset[str]] = frozenset({"un", "uno"})
_VOWELS: Final = "aeiou"
_LONG_UNO: Final = ("z", "gn", "ps", "x", "y")  # "uno zingaro", "uno psicopatico"

Lookup = Callable[[list[str]], list[tuple[int, int, Entry]]]
Reduced = tuple[list[str], list[int], list[int]]


def _left_out(tokens: list[str]) -> list[int]:
    """The positions an intensifier reading leaves out, in order."""
    found = [i for i, token in enumerate(tokens) if token in READ_THROUGH]
    if not found:
        return found
    count = len(tokens)
    out: list[int] = []
    for i in found:
        if tokens[i] != _CAZZO:
            out.append(i)
        elif i + 2 < count and tokens[i + 1] == _CAZZO_BEFORE and tokens[i + 2] not in _PRONOUNS:
            out += (i, i + 1)  # "al vostro cazzo di paese"
        elif i > 1 and tokens[i - 1] == _CAZZO_AFTER:
            out += (i - 1, i)  # "un paese del cazzo per voi"
    return out


def _article(article: str, following: str) -> str:
    """An article made to agree with the word that now follows it."""
    if article in _EN_ARTICLES:
        return "an" if following[:1] in _VOWELS else "a"
    s_cluster = following[:1] == "s" and following[1:2] not in _VOWELS
    return "uno" if s_cluster or following.startswith(_LONG_UNO) else "un"


def reduced(tokens: list[str]) -> Reduced | None:
    """The tokens with intensifiers left out, each kept token's index, and the indexes
    (in the kept words) of the words a left-out one stood right before; None when no
    intensifier sits between two kept words (nothing a phrase could bridge)."""
    left = _left_out(tokens)
    if not left:
        return None
    skipped = set(left)
    where = [i for i in range(len(tokens)) if i not in skipped]
    bridges = [j for j in range(1, len(where)) if where[j] - where[j - 1] > 1]
    if not bridges:
        return None
    words = [tokens[i] for i in where]
    for j in bridges:
        before = words[j - 1]
        if before in _EN_ARTICLES or before in _IT_ARTICLES:
            words[j - 1] = _article(before, words[j])
    return words, where, bridges


_BIGRAMS_KEPT: Final = 16  # lexicons in use at once: a few language sets
_BIGRAMS: Final[dict[int, tuple[object, frozenset[tuple[str, str]]]]] = {}


def phrase_bigrams(lexicon: Lexicon) -> frozenset[tuple[str, str]] | None:
    """Every two neighbouring words of a phrase of a shared lexicon, built once per
    lexicon; None for a server's layered one, whose messages are all looked up.
    `SharedLexicon` builds it with the lexicon (off the event loop): built on the first
    message with an intensifier it cost that message about 64M instructions (speed19)."""
    anchors = lexicon.anchors
    if type(anchors) is not dict:
        return None
    kept = _BIGRAMS.get(id(anchors))
    if kept is not None and kept[0] is anchors:
        return kept[1]
    bigrams: set[tuple[str, str]] = set()
    for entries in (*anchors.values(), *lexicon.pairs.values()):
        for _, entry in entries:
            if len(entry.tokens) > 1:  # most entries are one word: no pair, no call
                bigrams.update(itertools.pairwise(entry.tokens))
    if len(_BIGRAMS) >= _BIGRAMS_KEPT:
        _BIGRAMS.clear()
    frozen = frozenset(bigrams)
    _BIGRAMS[id(anchors)] = (anchors, frozen)
    return frozen


def _bridged(kept: Reduced, pairs: Container[tuple[str, str]]) -> bool:
    """Does a pair of `pairs` stand where a left-out word was?"""
    words, _, bridges = kept
    return any((words[j - 1], words[j]) in pairs for j in bridges)


def through_phrases(
    tokens: list[str], lexicon: Lexicon, lookup: Lookup
) -> list[tuple[int, int, Entry]]:
    """Phrases found only with the intensifiers left out, as (first, last, entry) over
    `tokens`; `lookup` finds (first, last, entry) in a token list as the matcher does.
    A phrase that bridges a left-out word has two of its words on either side of it:
    a message with no such pair is not looked up again."""
    kept = reduced(tokens)
    if kept is None:
        return []
    bigrams = phrase_bigrams(lexicon)
    if bigrams is not None and not _bridged(kept, bigrams):
        return []
    words, where, _ = kept
    found = []
    for first, last, entry in lookup(words):
        if last - first < 2:
            continue
        start, end = where[first], where[last - 1] + 1
        if end - start > last - first:  # bridges a word left out
            found.append((start, end, entry))
    return found


def own_positions(tokens: list[str], first: int, last: int) -> list[int]:
    """The tokens a phrase read through an intensifier claims: its own, not the
    intensifier, which keeps its own hit."""
    left = _left_out(tokens[first:last])
    return [first + i for i in range(last - first) if i not in left]


def pair_through(tokens: list[str], pairs: WordSet[tuple[str, str]]) -> bool:
    """A word pair of `pairs` an intensifier splits ("get a freaking life"): the
    scorer's pair gate, read through it (the pairs elsewhere it asked already). Most
    messages hold no intensifier."""
    if READ_THROUGH.isdisjoint(tokens):
        return False
    kept = reduced(tokens)
    return kept is not None and _bridged(kept, pairs)
