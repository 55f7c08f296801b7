"""Speaker labels in a transcript ("Q: ... A: ...") read as turn boundaries.

Q&A sites (Formspring, ask.fm) and pasted chat logs put a one-letter label before
each turn: "Q: ASSHOLE A: ???". Read as words, the label "A" is an article that
ties the last words of one turn to the next ("you should die a kay"), so a name-call
that is a whole turn looks like the start of a phrase. Each label is blanked to a
full stop of the same length, so offsets in the text stay where they were.
"""

from __future__ import annotations

import re

# An upper-case Q or A with a colon, standing alone: the labels Q&A exports use.
_TURN_RE = re.compile(r"(?<!\S)[QA]:(?!\S)")


def has_turns(text: str) -> bool:
    """Does `text` hold a speaker label? A C-level colon test spares most messages."""
    return ":" in text and _TURN_RE.search(text) is not None


def split_turns(text: str) -> str:
    """`text` with each speaker label turned into a full stop and a space."""
    return _TURN_RE.sub(". ", text)
