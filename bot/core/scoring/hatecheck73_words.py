"""Words of the hatecheck73 round (issue 8, targeting_hatecheck73.py): violence ordered or
intended against a named group with the group between a phrasal verb and its particle
("gun the immigrants down", "wipe the jews out", "string the gays up") or thrown to its
death in a place ("throw the refugees into the sea", "push the muslims off a cliff")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck70_words as h70
from bot.core.scoring import hatecheck71_words as h71

# fmt: off
# --- The verb whose particle comes after the group, and that particle ("gun <group>
# down", "wipe <group> out", "string <group> up"). This round's own en/threat.txt lines,
# read only in the shape and only in a message that names a group
# (group_only.FIRST_NAMED_TERMS).
PARTICLES: Final[dict[str, str]] = {
    "gun": "down", "mow": "down", "wipe": "out", "stamp": "out", "string": "up",
}
SPLIT_VERBS: Final[frozenset[str]] = frozenset(PARTICLES)
# --- The verb that throws the group to its death ("throw <group> into the sea"): this
# round's own lines, and the older "push" line (en/threat.txt), read here only to aim it.
THROWERS: Final[frozenset[str]] = frozenset({"throw", "toss", "chuck"})
OWN_TERMS: Final[frozenset[str]] = SPLIT_VERBS | THROWERS
OLDER_THROWERS: Final[frozenset[str]] = frozenset({"push"})
VERBS: Final[frozenset[str]] = OWN_TERMS | OLDER_THROWERS
# Between the group and the place: "back" ("throw them back into the sea"), the way
# ("into", "off"), an article.
WAYS: Final[frozenset[str]] = frozenset({"into", "off", "in", "from"})
PLACE_SKIP: Final[frozenset[str]] = frozenset({"back", "the", "a", "an", "some", "nearest"})
PLACE_REACH: Final[int] = 4  # "back into the nearest"
# The places a person dies thrown into or off.
PLACES: Final[frozenset[str]] = frozenset({
    "sea", "ocean", "cliff", "cliffs", "roof", "roofs", "rooftop", "rooftops", "bridge",
    "building", "buildings", "fire", "fires", "river", "oven", "ovens", "furnace", "volcano",
    "pit", "helicopter", "helicopters", "plane", "tower",
})
# --- The order's words: hatecheck70's leads before the verb and its skip before the
# group, without its "down" and "up" (the particle comes after the group here).
ORDER_LEADS: Final[frozenset[str]] = h70.ORDER_LEADS
OBJECT_SKIP: Final[frozenset[str]] = h70.OBJECT_SKIP - {"down", "up"}
OBJECT_REACH: Final[int] = h70.OBJECT_REACH
# After the particle or the place, before the clause closes: hatecheck71's tails and
# "for good", "once and for all", "forever".
TAILS: Final[frozenset[str]] = h71.TAILS | frozenset({
    "for", "good", "once", "forever", "where", "belong", "they",
})
TAIL_REACH: Final[int] = 4
JOINS: Final[frozenset[str]] = h70.JOINS
# fmt: on
