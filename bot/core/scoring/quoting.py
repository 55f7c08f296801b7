"""Which stretches of a message stand between double quotes.

Quotes are paired by how they sit, not by count: an opening quote follows a space (or
starts the text) and has a word after it; a closing one follows a word and has a space,
a stop or the end after it. A quote that can only close while none is open is stray and
quotes nothing, so one lost opening quote ("... that don't feel safe" working ...") does
not turn the rest of the message into quoted speech, as pairing by count did.
"""

from __future__ import annotations

_OPENERS = "([{"
# Marks that introduce speech: a quote after one of them may open even with a space after
# it ('mom:" you are an idiot"', '-" you suck"'); review9b.
_INTRODUCERS = ":-\u2013\u2014"


def double_quoted(folded: str) -> list[tuple[int, int]]:
    """(opening offset, offset past the closing quote) of each quoted stretch, in order."""
    spans: list[tuple[int, int]] = []
    opened = -1
    at = folded.find('"')
    last = len(folded) - 1
    while at >= 0:
        before = folded[at - 1] if at > 0 else " "
        after = folded[at + 1] if at < last else " "
        spaced_before = before.isspace() or before in _OPENERS
        opens_only = spaced_before and not after.isspace()
        closes_only = not spaced_before and before not in _INTRODUCERS and not after.isalnum()
        if opened < 0 or opens_only:
            if not closes_only:
                opened = at  # a later opening-only quote starts afresh: the first was stray
        else:
            spans.append((opened, at + 1))
            opened = -1
        at = folded.find('"', at + 1)
    return spans
