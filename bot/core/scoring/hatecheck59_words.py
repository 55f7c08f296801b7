"""Words of the hatecheck59 round (issue 8, targeting_hatecheck59.py): a named identity
group said to need removing, stopping or dealing with, a passive call for its removal
in verbs no older line holds ("jews must be stopped", "immigrants need to be removed from
this country", "every muslim has to be dealt with", "refugees moved in. they must be
driven out")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The passive removal calls (this round's own lines, en/threat.txt), read only after a
# modal with a named group for subject; "the spam must be removed", "bullies must be
# stopped" name no group, and the lines are cancelled there. hatecheck9's "be purged",
# "be culled", "be rounded up" and hatecheck11's "be kept out of" are the older lines of
# the shape.
REMOVALS: Final[frozenset[str]] = frozenset({
    "be removed", "be stopped", "be dealt with", "be driven out", "be sent away",
    "be got rid of", "be gotten rid of", "be expelled", "be banished", "be eliminated",
    "be cleansed", "be rooted out", "be erased", "be silenced", "be crushed",
    "be stamped out", "be cleared out", "be neutralized", "be neutralised", "be exiled",
})
OWN_TERMS: Final[frozenset[str]] = REMOVALS
# A call closes its clause or goes on only into where, when or how far: "... removed from
# this country", "... stopped at all costs", "... dealt with once and for all", "...
# eliminated, all of them"; never "dealt with fairly", "removed from the waiting list".
TAILS: Final[frozenset[str]] = frozenset({
    "from", "out", "of", "this", "our", "the", "their", "these", "country", "countries",
    "society", "town", "city", "world", "earth", "planet", "nation", "land", "streets",
    "schools", "neighbourhood", "neighborhood", "area", "europe", "america", "uk", "west",
    "at", "all", "costs", "cost", "once", "and", "for", "good", "now", "immediately",
    "asap", "forever", "permanently", "already", "soon", "them", "lol", "by", "any",
    "means", "necessary", "before", "it", "s", "too", "late", "today", "quickly", "right",
    "away", "whatever", "takes", "here", "entirely", "completely", "totally",
})
TAIL_REACH: Final[int] = 6  # "by any means necessary", "before it's too late"
# fmt: on
