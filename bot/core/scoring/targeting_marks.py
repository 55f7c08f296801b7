"""Where a token falls among a message's marks (stops, pauses, quotes), by offset.

Context (targeting_context.py) asks these on every hit: binary searches written out in
native code (the compiled build makes `bisect` a generic call), the offsets of a few
characters by `str.find`, and a cheap test before the single-quote regex.
"""

from __future__ import annotations

import sys
from typing import Final

# Past any span's end: (offset, _PAST) sorts after every span starting at or before offset,
# so a bisection over spans needs no Python key function.
_PAST: Final = sys.maxsize


def below(marks: list[int], offset: int) -> int:
    """`bisect.bisect_left(marks, offset)`, the same steps in native code: from the
    compiled build `bisect` is a generic call (about 1,000 instructions), and the rules
    ask where a token falls among the stops several times per hit."""
    low, high = 0, len(marks)
    while low < high:
        middle = (low + high) // 2
        if marks[middle] < offset:
            low = middle + 1
        else:
            high = middle
    return low


def spans_through(spans: list[tuple[int, int]], offset: int) -> int:
    """`bisect.bisect_right(spans, (offset, _PAST))` in native code: a span sorts after
    that key exactly when it starts past `offset` (no span ends past `_PAST`)."""
    low, high = 0, len(spans)
    while low < high:
        middle = (low + high) // 2
        if offset < spans[middle][0]:
            high = middle
        else:
            low = middle + 1
    return low


def outside_words(text: str, marks: list[int], spans: list[tuple[int, int]]) -> list[int]:
    """`marks` less those of a word rejoined from dotted letters (hatecheck46): its dots
    and the one closing it, as in "u.s.a.", stop no sentence ("m.u.s.l.i.m.s are vermin",
    "j.e.w.s. are scum"). A plain token holds no mark, so only a rejoined one drops any;
    a bisection per mark."""
    kept = []
    for mark in marks:
        at = spans_through(spans, mark)
        if at > 0 and (
            spans[at - 1][1] > mark
            or (spans[at - 1][1] == mark and mark >= 2 and text[mark - 2] == "." == text[mark])
        ):
            continue
        kept.append(mark)
    return kept


def positions(text: str, chars: str) -> list[int]:
    """Sorted offsets of every one of `chars` in `text`: the offsets a regex character
    class would find, by a C-level `find` per character (a message holds a few stops,
    and a class scan costs about 20 ns a character; this about a tenth of it)."""
    found = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            found.append(at)
            at = text.find(char, at + 1)
    found.sort()
    return found


def opens_single(folded: str) -> bool:
    """Can `single_quoted` find a quote in `folded`? Its regex opens one only at a "'" or
    "‘" with the text's start or a character other than a word character or a quote
    before it (its look-behind); "don't" and "it's" have none. A message with no such mark
    skips the regex, which costs about 4,000 instructions. `\\w` of a str pattern is
    `str.isalnum()` or "_" (both Py_UNICODE_ISALNUM), so this never skips a match."""
    for mark in "'‘":
        at = folded.find(mark)
        while at >= 0:
            if at == 0:
                return True
            before = folded[at - 1]
            if not (before.isalnum() or before in "_'‘’"):
                return True
            at = folded.find(mark, at + 1)
    return False
