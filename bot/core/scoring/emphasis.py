"""Stars that are Markdown emphasis, not starred-out letters (issue 8, formspring3).

Discord and chat write actions and stress between stars: "*hugs you*", "*feels dumb*",
"you are *so* stupid". Read as masks, the opening star of "*hugs" made it "thugs" and
the closing star of "dumb*" made it "dumbo". A star that opens a run (after a space or
the start, before a letter) and the next star that closes it (after a letter, before a
space, punctuation or the end) are emphasis; a word whose only stars are those is not
masked. "f*ck", "sh*t", "a**hole" keep their stars inside the word, and "*ss" alone
still reads as a mask.
"""

from __future__ import annotations

import re

# An opening star, the run, a closing star: "*hugs you*", "*so*".
_EMPHASIS_RE = re.compile(r"(?<!\S)\*(?=[^\s*])[^*\n]*?[^\s*]\*(?![^\W_])")


def emphasis_stars(folded: str) -> frozenset[int]:
    """Offsets of the stars in `folded` that open or close an emphasised run."""
    stars: set[int] = set()
    for match in _EMPHASIS_RE.finditer(folded):
        stars.add(match.start())
        stars.add(match.end() - 1)
    return frozenset(stars)


def only_emphasis(emphasis: frozenset[int], start: int, word: str) -> bool:
    """Are all the stars of `word` (found at `start`) emphasis stars?"""
    return bool(emphasis) and all(start + i in emphasis for i, ch in enumerate(word) if ch == "*")
