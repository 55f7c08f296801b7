"""Stars that are Markdown emphasis, not starred-out letters (issue 8, formspring3).

Discord and chat write actions between stars: "*hugs you*", "*feels dumb*". Read as
masks, the opening star of "*hugs" made it "thugs" and the closing star of "dumb*" made
it "dumbo". A star that opens a run (after a space or
the start, before a letter) and the next star that closes it (after a letter, before a
space, punctuation or the end), with a space between them, are emphasis; a word whose
only stars are those is not masked. "f*ck", "sh*t", "a**hole" keep their stars inside
the word, and "*ss" or one starred word ("*nimal*") still reads as a mask.
"""

from __future__ import annotations

import re
from typing import Final

# An opening star, a run with no star or line break, the next star: one linear scan. The
# run is emphasis when it holds a space ("*hugs you*": one starred word, "*nimal*", may as
# well be a mask) and the closing star ends a word.
_RUN_RE: Final = re.compile(r"(?<!\S)\*[^\s*][^*\n]*\*")


def emphasis_stars(folded: str) -> frozenset[int]:
    """Offsets of the stars in `folded` that open or close an emphasised run."""
    stars: set[int] = set()
    for match in _RUN_RE.finditer(folded):
        run, end = match.group(), match.end()
        closes = not run[-2].isspace() and (end == len(folded) or not folded[end].isalnum())
        if closes and any(ch.isspace() for ch in run):
            stars.add(match.start())
            stars.add(end - 1)
    return frozenset(stars)


def only_emphasis(emphasis: frozenset[int], start: int, word: str) -> bool:
    """Are all the stars of `word` (found at `start`) emphasis stars?"""
    return bool(emphasis) and all(start + i in emphasis for i, ch in enumerate(word) if ch == "*")
