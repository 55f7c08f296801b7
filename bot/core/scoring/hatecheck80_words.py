"""Words of the hatecheck80 round (issue 8, targeting_hatecheck80.py): a call to expel or
wipe out a named identity group with a verb no older line read bare ("deport the
muslims", "expel all jews", "eradicate the immigrants", "purge the gays", "deport the
french")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck70_words as h70
from bot.core.scoring import hatecheck79_words as h79

# fmt: off
# --- The verb: the round's `group_harm` words (en/cues.txt), each a threat entry of its
# own that the scorer keeps only in a message naming a group (hateprobe5_words).
VERBS: Final[frozenset[str]] = frozenset({
    "deport", "expel", "eradicate", "purge", "banish", "exile", "annihilate", "eliminate",
})
# --- Between the verb and the group: hatecheck70's determiners and emphasis ("the",
# "all", "every", "the fucking").
OBJECT_SKIP: Final[frozenset[str]] = h70.OBJECT_SKIP
OBJECT_REACH: Final[int] = h70.OBJECT_REACH
# --- After the group, before its clause closes: hatecheck70's tails and where the group
# is sent from or to ("... from this country", "... from europe", "... back home", "...
# for good"); a thing after a group's adjective leaves the shape ("the muslim ban", "the
# japanese team").
TAILS: Final[frozenset[str]] = h70.TAILS | frozenset({
    "from", "back", "to", "where", "they", "came", "home", "the", "of", "europe",
    "america", "britain", "england", "land", "nation", "society", "earth", "planet",
    "for", "good", "once", "forever", "them", "whole", "entire", "west", "continent",
})
TAIL_REACH: Final[int] = 6  # "... back to where they came from"
JOINS: Final[frozenset[str]] = h70.JOINS
# --- Before the verb, back to its sentence's start: hatecheck79's order words ("just",
# "lets", "somebody pls", "time to").
ORDER_LEADS: Final[frozenset[str]] = h79.ORDER_LEADS
# fmt: on
