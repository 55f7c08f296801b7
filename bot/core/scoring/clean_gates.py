"""Cheaper proofs that a message is clean, shared by every scorer of a lexicon (issue 8, speed).

Every message asked two word sets in turn (the lexicon's hostile anchors, then its
typo spellings); one set holding both answers with one pass over the tokens. The
letter-run gate on ASCII text looks at every third byte instead of running a regex.
Both are exact: tests/core/scoring/test_scorer_clean_gates.py compares them with the
plain way.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from typing import Any, Final

from bot.core.scoring.lexicon import Lexicon, WordSet

# Unions kept for the shared lexicons (and layers that leave both sets alone).
_UNIONS_KEPT: Final = 64
_UNIONS: Final[dict[tuple[int, int, int], tuple[object, object, object, frozenset[str]]]] = {}


class _Both:
    """Two word sets asked as one (a server's layered sets, which are not frozensets),
    the first without the words of `left_out`."""

    __slots__ = ("_first", "_left_out", "_second")

    def __init__(self, first: WordSet[str], second: WordSet[str], left_out: frozenset[str]) -> None:
        self._first, self._second, self._left_out = first, second, left_out

    def isdisjoint(self, other: Iterable[Any], /) -> bool:
        items = other if isinstance(other, (list, tuple, set, frozenset)) else list(other)
        if not self._second.isdisjoint(items):
            return False
        first = self._first
        return first.isdisjoint(items) or all(
            item in self._left_out for item in items if item in first
        )


def gate_words(lexicon: Lexicon) -> frozenset[str] | _Both:
    """Hostile anchors and typo spellings as one set: disjoint from a message's tokens
    exactly when both are. Anchors read only beside a group's name ("gun") are left to
    the scorer's group gate, so "gun control" stays on the fast path."""
    hit, typo, group_first = lexicon.hit_words, lexicon.typo_words, lexicon.group_first_words
    if not (isinstance(hit, frozenset) and isinstance(typo, frozenset)):
        return _Both(hit, typo, group_first)
    key = (id(hit), id(typo), id(group_first))
    kept = _UNIONS.get(key)
    if kept is not None and kept[0] is hit and kept[1] is typo and kept[2] is group_first:
        return kept[3]
    if len(_UNIONS) >= _UNIONS_KEPT:
        _UNIONS.clear()
    union = (hit - group_first) | typo
    _UNIONS[key] = (hit, typo, group_first, union)
    return union


# The letter-run gate on ASCII text without a regex. The regex tries a match at every
# character (about a quarter of a clean message's cost). An earlier version made the
# bytes one big integer and compared every byte with the two before it in about a dozen
# big-integer steps (about 10,000 instructions a tweet); this looks at every third byte.
def has_letter_run(flat_bytes: bytes) -> bool:
    """`RUN_GATE_RE.search(flat) is not None` (a letter a-z three times in a row) for
    the ASCII bytes of a flattened message, looking at every third byte only.

    Why that is exact: three bytes in a row, at i, i+1, i+2, hold exactly one offset j
    with j % 3 == 2 (three consecutive numbers hold one of each remainder), and j >= 2.
    So every run has a j of `range(2, n, 3)` inside it, and that run is j-2..j, j-1..j+1
    or j..j+2: the first two have b[j-1] == b[j], and the third, when b[j-1] != b[j],
    is the only one left. Each candidate is checked whole, and only a letter a-z counts.
    """
    b = flat_bytes
    n = len(b)
    for j in range(2, n, 3):
        c = b[j]
        if c == b[j - 1]:  # a run j-2..j or j-1..j+1
            if (c == b[j - 2] or (j + 1 < n and c == b[j + 1])) and 0x61 <= c <= 0x7A:
                return True
        elif j + 2 < n and c == b[j + 1] == b[j + 2] and 0x61 <= c <= 0x7A:  # j..j+2
            return True
    return False


def three_singles(tokens: list[str]) -> bool:
    """Whether three tokens in a row are one character long: what `_SPACED_GATE_RE`
    needs to match `f" {flat} "`. Each of its three letters has a space on both sides,
    so it is a whole token of `flat.split()`, and only spaces lie between them, so
    they are three tokens in a row. Most messages have none: no regex scan, no padded copy."""
    row = 0
    for token in tokens:
        if len(token) == 1:
            row += 1
            if row == 3:
                return True
        else:
            row = 0
    return False


# Word pairs by their first word, for the pair sets the gates ask every message about.
PairIndex = dict[str, frozenset[str]]
_PAIR_INDEXES_KEPT: Final = 64
_PAIR_INDEXES: Final[dict[int, tuple[object, PairIndex]]] = {}


def pair_index(pairs: WordSet[tuple[str, str]]) -> PairIndex | None:
    """`pairs` as first word -> second words, kept per shared set; None for a server's
    layered set (`Layered`), which the gates ask the plain way."""
    if not isinstance(pairs, frozenset):
        return None
    kept = _PAIR_INDEXES.get(id(pairs))
    if kept is not None and kept[0] is pairs:
        return kept[1]
    seconds: dict[str, set[str]] = {}
    for first, second in pairs:
        seconds.setdefault(first, set()).add(second)
    index = {first: frozenset(words) for first, words in seconds.items()}
    if len(_PAIR_INDEXES) >= _PAIR_INDEXES_KEPT:
        _PAIR_INDEXES.clear()
    _PAIR_INDEXES[id(pairs)] = (pairs, index)
    return index


def has_pair(tokens: list[str], pairs: WordSet[tuple[str, str]], index: PairIndex | None) -> bool:
    """`not pairs.isdisjoint(itertools.pairwise(tokens))` with one dict look-up per token
    (`index` is `pair_index(pairs)`): no tuple is built or hashed for a word that starts
    no pair, which is most words."""
    if index is None:
        return not pairs.isdisjoint(itertools.pairwise(tokens))
    for i in range(len(tokens) - 1):
        seconds = index.get(tokens[i])
        if seconds is not None and tokens[i + 1] in seconds:
            return True
    return False


def pairs_in(
    tokens: list[str], pairs: WordSet[tuple[str, str]], index: PairIndex | None
) -> AbstractSet[tuple[str, str]]:
    """`pairs.intersection(itertools.pairwise(tokens))`, found through `index` as in
    `has_pair`. The set is built by adding the pairs found in message order, as the
    intersection adds them, so it holds the same table and iterates in the same order
    (the matcher's later set operations iterate it)."""
    if index is None:
        return pairs.intersection(itertools.pairwise(tokens))
    found: set[tuple[str, str]] = set()
    for i in range(len(tokens) - 1):
        seconds = index.get(tokens[i])
        if seconds is not None and (following := tokens[i + 1]) in seconds:
            found.add((tokens[i], following))
    return found
