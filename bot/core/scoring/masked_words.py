"""Looking up starred-out words ("f*ck", "b****") in the lexicon's word lists.

A masked word fits only the listed words of its length whose visible letters sit in
the same places, so the lists are indexed by (position, letter) once and shared.
"""

from __future__ import annotations

from typing import Final

# Starred-out words are looked up by their first visible letter: a word list of one
# length holds hundreds of words, a star-masked word fits a few. Indexed per list
# (shared by every scorer that has it), lazily, a bounded number of lists.
_MASK_INDEXES_KEPT: Final = 256
_MASK_INDEXES: Final[dict[int, tuple[object, dict[tuple[int, str], list[tuple[str, float]]]]]] = {}


def by_letter(
    words: tuple[tuple[str, float], ...],
) -> dict[tuple[int, str], list[tuple[str, float]]]:
    """`words` by (position, letter), for every position of every word."""
    kept = _MASK_INDEXES.get(id(words))
    if kept is not None and kept[0] is words:
        return kept[1]
    index: dict[tuple[int, str], list[tuple[str, float]]] = {}
    for item in words:
        for key in enumerate(item[0]):
            index.setdefault(key, []).append(item)
    if len(_MASK_INDEXES) >= _MASK_INDEXES_KEPT:
        _MASK_INDEXES.clear()
    _MASK_INDEXES[id(words)] = (words, index)
    return index
