"""Words of the hatecheck77 round (issue 8, targeting_hatecheck77.py): hatecheck73's split
verbs of killing said as the writer's opinion or suggestion ("i think we should wipe the
jews out", "i say we gun the refugees down"), and "wipe <group> off the map" ("lets wipe
the immigrants off the map", "we should wipe the muslims off the planet")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck71_words as h71
from bot.core.scoring import hatecheck73_words as h73

# fmt: off
# --- The verbs: hatecheck73's own split verbs ("gun", "mow", "wipe", "stamp", "string")
# and their particles, read again here when hatecheck73 left them out of its shapes; no
# lexicon line of this round.
PARTICLES: Final[dict[str, str]] = h73.PARTICLES
VERBS: Final[frozenset[str]] = h73.SPLIT_VERBS
# --- The world a group is wiped off ("off the map", "from the earth", "off the face of
# the planet"): only after "wipe".
ERASERS: Final[frozenset[str]] = frozenset({"wipe"})
WORLD_WAYS: Final[frozenset[str]] = frozenset({"off", "from"})
WORLD_SKIP: Final[frozenset[str]] = frozenset({
    "the", "this", "our", "face", "of", "entire", "whole", "gods", "green", "fucking",
})
WORLD_REACH: Final[int] = 4  # "off the face of the"
WORLDS: Final[frozenset[str]] = frozenset({"map", "planet", "earth", "world", "globe"})
# --- The opinion or suggestion opening its sentence before hatecheck71's intent run ("i
# think", "i reckon", "honestly i say", "i feel like"); a negation, another speaker or a
# question breaks it ("i dont think", "he thinks", "they say", "do you think").
OPINION_RUN: Final[frozenset[str]] = frozenset({
    "i", "think", "reckon", "believe", "say", "feel", "like", "guess", "suppose", "vote",
    "propose", "suggest", "personally", "honestly", "really", "genuinely", "truly", "do",
    "still", "just", "seriously", "tbh", "imo", "ngl", "fr", "kinda",
})
OPINION_REACH: Final[int] = 4  # "personally i really think"
OPINIONS: Final[frozenset[str]] = frozenset({
    "think", "reckon", "believe", "say", "feel", "guess", "suppose", "vote", "propose",
    "suggest",
})
# A suggestion needs no intent word after it ("i say we wipe the jews out"); an opinion
# does ("i think we should ...").
SUGGESTIONS: Final[frozenset[str]] = frozenset({"say", "vote", "propose", "suggest"})
# hatecheck71's run of the intent or the call right before the verb ("we should",
# "someone needs to"), its doers and its intents.
INTENT_RUN: Final[frozenset[str]] = h71.INTENT_RUN
INTENT_REACH: Final[int] = h71.INTENT_REACH
DOERS: Final[frozenset[str]] = h71.DOERS
INTENTS: Final[frozenset[str]] = h71.INTENTS
# --- hatecheck73's order words and object skip.
ORDER_LEADS: Final[frozenset[str]] = h73.ORDER_LEADS
OBJECT_SKIP: Final[frozenset[str]] = h73.OBJECT_SKIP
OBJECT_REACH: Final[int] = h73.OBJECT_REACH
# After the particle or the world, before the clause closes: hatecheck73's tails and
# "once and for all".
TAILS: Final[frozenset[str]] = h73.TAILS | frozenset({"and"})
TAIL_REACH: Final[int] = h73.TAIL_REACH
JOINS: Final[frozenset[str]] = h73.JOINS
# fmt: on
