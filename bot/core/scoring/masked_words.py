"""Looking up starred-out words ("f*ck", "b****") in the lexicon's word lists.

A masked word fits only the listed words of its length whose visible letters sit in
the same places, so the lists are indexed by (position, letter) once and shared.
"""

from __future__ import annotations

from collections.abc import Mapping
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


# italian4 (issue 8): a word cut short with stars ("vaff*", "stronz**") is the lexicon word
# it opens; the cut keeps enough letters to say which (at least TRUNCATED_MIN).
TRUNCATED_MIN: Final = 4
# Cuts that open a lexicon word, remembered with the word lists they were read in. Only
# those: a cut that opens none is the writer's own text and is never kept.
_TRUNCATED_KEPT: Final = 4096
_TRUNCATED: Final[dict[tuple[str, int], tuple[object, list[tuple[float, str]]]]] = {}


def truncated_fits(
    masked: str, maskable: Mapping[int, tuple[tuple[str, float], ...]]
) -> list[tuple[float, str]]:
    """(weight, word) for each lexicon word that `masked`, stars only at its end, opens."""
    prefix = masked.rstrip("*")
    if len(prefix) < TRUNCATED_MIN or "*" in prefix:
        return []
    kept = _TRUNCATED.get((prefix, id(maskable)))
    if kept is not None and kept[0] is maskable:
        return kept[1]  # a flood repeats its words: "vaff* vaff* vaff*"
    key = (len(prefix) - 1, prefix[-1])
    fits = [
        (weight, word)
        for length in range(len(prefix) + 1, max(maskable, default=0) + 1)
        for word, weight in by_letter(maskable.get(length, ())).get(key, ())
        if word.startswith(prefix)
    ]
    if fits:
        if len(_TRUNCATED) >= _TRUNCATED_KEPT:
            _TRUNCATED.clear()
        _TRUNCATED[(prefix, id(maskable))] = (maskable, fits)
    return fits
