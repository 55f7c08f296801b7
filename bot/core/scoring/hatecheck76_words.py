"""Words of the hatecheck76 round (issue 8, targeting_hatecheck76.py): death wished on a
named group with "die", read in hatecheck75's wish ("i hope the refugees all die", "i
want the jews to die", "let the immigrants die", "let them all die, the immigrants")."""

from __future__ import annotations

from typing import Final

# --- The death wished: the last word of a hit the lexicon already makes (discord36's
# bare "die" self-harm line, the older "them die" and "just die" lines); no lexicon line
# of this round.
DIES: Final[frozenset[str]] = frozenset({"die"})
