"""Words of the insults13 round (issue 8, fourteenth session); see targeting_insults13.py."""

from __future__ import annotations

from typing import Final

# "spoken like a true idiot": a retort judging the reader's words by the one who wrote
# them; the participle opens the clause.
SPOKEN: Final[frozenset[str]] = frozenset(
    {
        "spoken",
        "said",
        "written",
        "typed",
        "posted",
        "argued",
        "commented",
        "spoke",
        "says",
    }
)
LIKE_FILLERS: Final[frozenset[str]] = frozenset(
    {
        "a",
        "an",
        "true",
        "real",
        "typical",
        "total",
        "complete",
        "genuine",
        "proper",
    }
)
