"""Cheaper proofs that a message is clean, shared by every scorer of a lexicon (issue 8, speed).

Two costs sat on the clean path of most messages. Every message asked two word
sets in turn (the lexicon's hostile anchors, then its typo spellings); one set
holding both answers with one pass over the tokens. And a message whose only
lexicon words anchor phrases ("even", "same", "die") went through candidate
matching to find that none of those phrases is there; a phrase can only be there
if the word next to its anchor is in the message too, so one set test per such
word proves most of them clean. Both are exact: tests/core/scoring/test_scorer_speed8.py
compares them with the plain way over the shipped lexicon and a server layer.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bot.core.scoring.lexicon import Entry, Lexicon, WordSet

# Unions kept for the shared lexicons (and layers that leave both sets alone).
_UNIONS_KEPT = 64
_UNIONS: dict[tuple[int, int], tuple[object, object, frozenset[str]]] = {}
# Per anchor (its entries tuple, shared by every lexicon holding it): None when the
# word is a hostile entry by itself, else the words next to it in its hostile phrases.
_NEEDS_KEPT = 8192
_NEEDS: dict[int, tuple[object, frozenset[str] | None]] = {}


class _Both:
    """Two word sets asked as one (a server's layered sets, which are not frozensets)."""

    __slots__ = ("_first", "_second")

    def __init__(self, first: WordSet[str], second: WordSet[str]) -> None:
        self._first, self._second = first, second

    def isdisjoint(self, other: Iterable[Any], /) -> bool:
        items = other if isinstance(other, (list, tuple, set, frozenset)) else list(other)
        return self._first.isdisjoint(items) and self._second.isdisjoint(items)


def gate_words(lexicon: Lexicon) -> frozenset[str] | _Both:
    """Hostile anchors and typo spellings as one set: disjoint from a message's tokens
    exactly when both are."""
    hit, typo = lexicon.hit_words, lexicon.typo_words
    if not (isinstance(hit, frozenset) and isinstance(typo, frozenset)):
        return _Both(hit, typo)
    key = (id(hit), id(typo))
    kept = _UNIONS.get(key)
    if kept is not None and kept[0] is hit and kept[1] is typo:
        return kept[2]
    if len(_UNIONS) >= _UNIONS_KEPT:
        _UNIONS.clear()
    union = hit | typo
    _UNIONS[key] = (hit, typo, union)
    return union


def _needs(entries: tuple[tuple[int, Entry], ...]) -> frozenset[str] | None:
    """`_neighbours_in_phrases`, remembered per anchor."""
    kept = _NEEDS.get(id(entries))
    if kept is not None and kept[0] is entries:
        return kept[1]
    result = _neighbours_in_phrases(entries)
    if len(_NEEDS) >= _NEEDS_KEPT:
        _NEEDS.clear()
    _NEEDS[id(entries)] = (entries, result)
    return result


def _neighbours_in_phrases(entries: tuple[tuple[int, Entry], ...]) -> frozenset[str] | None:
    """The words next to this anchor in its hostile phrases; None if it is hostile alone."""
    needed = set()
    for offset, entry in entries:
        if entry.category is None:
            continue  # a benign phrase claims tokens, it never makes a hit
        phrase = entry.tokens
        if len(phrase) == 1:
            return None
        needed.add(phrase[offset + 1] if offset + 1 < len(phrase) else phrase[offset - 1])
    return frozenset(needed)


def no_hit_possible(lexicon: Lexicon, tokens: list[str], pairs: frozenset[tuple[str, str]]) -> bool:
    """True when `Matcher.candidates(tokens, pairs)` is sure to find no hostile entry:
    no hostile word pair, and every hostile anchor present only anchors phrases whose
    neighbouring word is absent. `pairs` are the message's word pairs that are keys;
    `tokens` must already be as candidate matching reads them (no typo spellings)."""
    if not lexicon.hit_pairs.isdisjoint(pairs):
        return False
    anchors = lexicon.anchors
    for word in lexicon.hit_words.intersection(tokens):
        needed = _needs(anchors[word])
        if needed is None or not needed.isdisjoint(tokens):
            return False
    return True


# The letter-run gate on ASCII text without a regex. The regex tries a match at every
# character (about a quarter of a clean message's cost); here the flattened bytes are
# one integer and C-level integer steps compare every byte with the two before it.
# Letters keep their byte; digits and spaces get the high bit, so they never count.
_RUN_BYTES = bytes(c if 0x61 <= c <= 0x7A else 0x80 | c for c in range(128)) + bytes(
    range(128, 256)
)
_RUN_MASKS_KEPT = 4096
_RUN_MASKS: dict[int, tuple[int, int]] = {}


def has_letter_run(flat_bytes: bytes) -> bool:
    """`RUN_GATE_RE.search(flat) is not None` (a letter a-z three times in a row) for
    the ASCII bytes of a flattened message, by integer arithmetic instead of a regex.

    With x the bytes as one integer, `x ^ (x >> 8)` has a zero byte where a byte equals
    the one before it; OR-ed with itself shifted one byte, a zero byte is left only where
    three bytes in a row are equal, and OR-ing in the high bits of non-letters leaves
    only letter runs. Whether any byte of that is zero is the classic test
    `(v - 0x0101...) & ~v & 0x8080...`, exact for any number of bytes.
    """
    n = len(flat_bytes)
    masks = _RUN_MASKS.get(n)
    if masks is None:
        ones = int.from_bytes(b"\x01" * n)
        masks = (ones, ones << 7)
        if len(_RUN_MASKS) >= _RUN_MASKS_KEPT:
            _RUN_MASKS.clear()
        _RUN_MASKS[n] = masks
    x = int.from_bytes(flat_bytes.translate(_RUN_BYTES))
    same = x ^ (x >> 8)
    runs = same | (same >> 8) | (x & masks[1])
    return (runs - masks[0]) & ~runs & masks[1] != 0
