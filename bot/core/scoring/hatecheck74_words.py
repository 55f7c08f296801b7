"""Words of the hatecheck74 round (issue 8, targeting_hatecheck74.py): a named group thrown
to its death in a place, said in the passive ("the jews should be thrown into the sea",
"refugees should be pushed off a cliff"), or named first in a fragment of its own and then
meant by a pronoun ("refugees? throw them into the sea", "jews? they should all be pushed
off a cliff")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck71_words as h71
from bot.core.scoring import hatecheck73_words as h73

# fmt: off
# --- The passive's participles. "pushed", "tossed" and "chucked" are this round's own
# en/threat.txt lines, read only in the shapes and only in a message that names a group
# (group_only.FIRST_NAMED_TERMS); "thrown" is an older en/identity_attack.txt line, re-read
# here only in the shapes.
OWN_TERMS: Final[frozenset[str]] = frozenset({"pushed", "tossed", "chucked"})
OLDER_PARTICIPLES: Final[frozenset[str]] = frozenset({"thrown"})
PARTICIPLES: Final[frozenset[str]] = OWN_TERMS | OLDER_PARTICIPLES
# --- The orders hatecheck73 reads ("throw", "toss", "chuck", the older "push"), read here
# with a pronoun for the group.
ORDERS: Final[frozenset[str]] = h73.VERBS
TERMS: Final[frozenset[str]] = PARTICIPLES | ORDERS
# --- The pronoun that takes up the group named before: the order's object ("throw them
# into the sea", chat's "em") and the passive's subject ("they should be thrown ...").
OBJECTS: Final[frozenset[str]] = frozenset({"them", "em"})
SUBJECTS: Final[frozenset[str]] = frozenset({"they"})
OBJECT_SKIP: Final[frozenset[str]] = frozenset({"all"})  # "throw them all off a cliff"
OBJECT_REACH: Final[int] = 2
# --- The fragment that names the group on its own before the pronoun's clause, opening the
# message or its sentence: "refugees?", "the muslims?", "talking about gays,", "speaking of
# immigrants,", "as for the jews,".
FRAGMENT_LEADS: Final[frozenset[str]] = frozenset({
    "talking", "speaking", "about", "of", "as", "for", "what", "and", "so", "the", "these",
    "those", "all", "ok", "okay", "oh", "honestly",
})
FRAGMENT_REACH: Final[int] = 4  # "and as for the"
# --- The passive's run ("should all just be", "deserve to be"): hatecheck71's, with its
# auxiliaries and calls; the pronoun's passive needs a call ("they should be ...").
PASSIVE_RUN: Final[frozenset[str]] = h71.PASSIVE_RUN
PASSIVE_REACH: Final[int] = h71.PASSIVE_REACH
AUXILIARIES: Final[frozenset[str]] = h71.AUXILIARIES
CALLS: Final[frozenset[str]] = h71.CALLS
# --- The order's opening: hatecheck73's leads ("just", "lets") or the writer's intent or
# a call on someone ("i will", "we should", "someone needs to").
ORDER_LEADS: Final[frozenset[str]] = h73.ORDER_LEADS
LEAD_REACH: Final[int] = 4  # "lets just go"
# fmt: on
