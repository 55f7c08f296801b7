"""The words `Scorer.score`'s set tests ask a message about (speed16, issue 8): each test
walks the message's words among these (a handful, often none), not all of them. A new
test on `present` in scorer.py needs its set here, or it never sees its words."""

from __future__ import annotations

import functools
from typing import Final

from bot.core.scoring.discord47_words import OWN_ENDS as DISCORD47_ENDS
from bot.core.scoring.forum4_words import FORUM4_GATE
from bot.core.scoring.forum18_words import CURSE_GATE
from bot.core.scoring.italian17_words import SINGULAR_WORDS
from bot.core.scoring.italian31_words import KNOWN_FIGURES
from bot.core.scoring.italian35_words import FIGURE_CALLS, FIGURE_GATE
from bot.core.scoring.olid4_words import POLITICAL_GATE
from bot.core.scoring.olid7_words import HARM_GATE
from bot.core.scoring.olid32_words import NEW_GROUPS as OLID32_GATE

__all__ = ["asked_words"]

# The words the set tests on `present` ask about besides the lexicon's own sets:
# `present` in scorer.py holds only a message's words among these (`asked_words`).
_ASKED_ALWAYS: Final[frozenset[str]] = (
    HARM_GATE
    | POLITICAL_GATE
    | FORUM4_GATE
    | OLID32_GATE
    | CURSE_GATE
    | SINGULAR_WORDS
    | KNOWN_FIGURES
    | FIGURE_GATE
    | FIGURE_CALLS
    | DISCORD47_ENDS
    | frozenset({"cesso", "roma", "rom", "nere"})
)


@functools.lru_cache(maxsize=16)
def asked_words(
    praise: frozenset[str],
    groups: frozenset[str],
    claims: frozenset[str],
    own7: frozenset[str],
    wake: frozenset[str],
) -> frozenset[str]:
    """Every word `Scorer.score` asks `present` about, one copy per language set. A set
    test against `present` (a message's words among these: a handful, often none) has
    the answer it has against all the message's words, and walks a few words, not all
    of them (speed16: each test walked every word)."""
    return praise | groups | claims | own7 | wake | _ASKED_ALWAYS
