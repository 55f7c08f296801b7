"""Splitting letters run together into known words, trying every split, not only the greedy one.

Spaced-out letters are rejoined before they are split ("u r a l o s e r" is read as
"uraloser"). Taking the longest known word at each step fails where a short word
of another language sits at the front ("al" is Italian, then "oser" is nothing), so
each position tries its words longest first and falls back to the next on a dead
end. Positions that led nowhere are remembered, so the search is at most
positions x longest word steps.
"""

from __future__ import annotations

from collections.abc import Container


def segment(
    letters: str, known: Container[str], one_letter: Container[str], longest: int
) -> list[tuple[str, int, int]]:
    """`letters` as known words (piece, start, end), preferring long words; [] if none."""
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
