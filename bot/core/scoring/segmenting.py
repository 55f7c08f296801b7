"""Splitting letters run together into known words, trying every split, not only the greedy one.

Spaced-out letters are rejoined before they are split ("u r a l o s e r" is read as
"uraloser"). Taking the longest known word at each step fails where a short word
of another language sits at the front ("al" is Italian, then "oser" is nothing). The
greedy split is tried first (it is right for most runs); only when it dead-ends past
the first word does a search try each position's words longest first, remembering
positions that led nowhere, so it is at most positions x longest word steps.
"""

from __future__ import annotations

from collections.abc import Container


def segment(
    letters: str, known: Container[str], one_letter: Container[str], longest: int
) -> list[tuple[str, int, int]]:
    """`letters` as known words (piece, start, end), preferring long words; [] if none."""
    pieces, stuck = _greedy(letters, known, one_letter, longest)
    if stuck == 0 or stuck == len(letters):
        return pieces  # done, or no word starts the letters at all: nothing else to try
    return _search(letters, known, one_letter, longest)


def _greedy(
    letters: str, known: Container[str], one_letter: Container[str], longest: int
) -> tuple[list[tuple[str, int, int]], int]:
    """The longest known word at each step (most runs split this way), and where it stopped
    (0 when the letters were all read)."""
    pieces = []
    i = 0
    while i < len(letters):
        for size in range(min(longest, len(letters) - i), 0, -1):
            piece = letters[i : i + size]
            if piece in known and (size > 1 or piece in one_letter):
                pieces.append((piece, i, i + size))
                i += size
                break
        else:
            return [], i or len(letters)
    return pieces, 0


def _search(
    letters: str, known: Container[str], one_letter: Container[str], longest: int
) -> list[tuple[str, int, int]]:
    """Every split, long words first, dead ends remembered."""
    dead: set[int] = set()
    pieces: list[tuple[str, int, int]] = []

    def walk(i: int) -> bool:
        if i == len(letters):
            return True
        if i in dead:
            return False
        for size in range(min(longest, len(letters) - i), 0, -1):
            piece = letters[i : i + size]
            if piece in known and (size > 1 or piece in one_letter):
                pieces.append((piece, i, i + size))
                if walk(i + size):
                    return True
                pieces.pop()
        dead.add(i)
        return False

    return pieces if walk(0) else []
