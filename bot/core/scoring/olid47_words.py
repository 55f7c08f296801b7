"""Words of the olid47 round (issue 8, targeting_olid47.py): contempt for one person
through a vice noun without olid46's verdict frame: "the <vice> of" a person said whole
("the hypocrisy of this woman, wow", "the nerve of this guy"), "such" or "peak" vice
"from" a person ("such arrogance from that man"), a person "showing his <vice> again",
and a possessive vice that never ends ("her lies never stop")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid45_words as o45
from bot.core.scoring import olid46_words as o46
from bot.core.scoring.olid33_words import TAILS as O33_TAILS

# fmt: off
# Vices that game chat also says in praise ("the insanity of faker is unreal"): never read
# in this round's shapes, and olid46's reading of them needs a word of contempt.
PRAISED: Final[frozenset[str]] = frozenset({"insanity"})
# The round's own lines (en/insult.txt, "olid47"), cancelled outside the shapes:
# "<vice> from" ("such arrogance from that man"), "nerve of" and "audacity of" ("the
# nerve of this guy"), and "his lies", "her lies" ("her lies never stop").
FROM_VICES: Final[tuple[str, ...]] = (
    *(vice for vice in o45.OF_VICES if vice not in PRAISED), "lies", "audacity", "nerve",
)
FROM: Final[str] = "from"
OF: Final[str] = o45.OF
FROM_TERMS: Final[frozenset[str]] = frozenset(f"{vice} {FROM}" for vice in FROM_VICES)
NERVE_TERMS: Final[frozenset[str]] = frozenset({"nerve of", "audacity of"})
LIES_TERMS: Final[frozenset[str]] = frozenset({"his lies", "her lies"})
OWN_TERMS: Final[frozenset[str]] = FROM_TERMS | NERVE_TERMS | LIES_TERMS
# olid45's "of" lines of a praised vice ("insanity of"): olid46's reading of them with a
# bare name after "of" needs a word of scorn ("the insanity of faker is unreal").
PRAISED_OF_TERMS: Final[frozenset[str]] = frozenset(f"{vice} {OF}" for vice in PRAISED)
# olid45's "<vice> of" lines read in the "of" shape (the praised ones left out).
OF_TERMS: Final[frozenset[str]] = (o45.OF_TERMS - PRAISED_OF_TERMS) | NERVE_TERMS
# olid46's possessive lines ("his greed") and this round's "his lies", read in the
# "showing" and the never-ending shapes (the praised ones left out).
POSSESSIVE_TERMS: Final[frozenset[str]] = frozenset(
    term
    for term in o46.POSSESSIVE_TERMS
    if term.split()[0] != o46.OWNER_S and PRAISED.isdisjoint(term.split())
) | LIES_TERMS
OLDER_VICES: Final[frozenset[str]] = o46.OLDER_VICES
POSSESSIVES: Final[frozenset[str]] = frozenset({"his", "her"})
MY: Final[str] = "my"
THE: Final[str] = o46.THE
# Before a vice "from" someone: "such arrogance from", "peak stupidity from".
LEADS: Final[frozenset[str]] = frozenset({
    "such", "peak", "pure", "absolute", "utter", "sheer", "total", "more",
})
# A person after "of" or "from": "him", "her", or a determiner and a person or a role
# ("our governor", "the mayor", "that landlord"); else olid46's pointed person or name.
OBJECT_PRONOUNS: Final[frozenset[str]] = frozenset({"him", "her"})
PERSON_DETS: Final[frozenset[str]] = frozenset({"this", "that", "our", "the", "my"})
ROLES: Final[frozenset[str]] = o46.ROLES | frozenset({
    "landlord", "boss", "manager", "coach", "teacher", "neighbor", "neighbour", "ref",
    "referee", "streamer", "mod", "admin", "uncle", "aunt", "cousin", "ex", "dude", "guy",
    "cop", "officer",
})
# Verbs that put a vice of theirs on show: "showing his ignorance again".
DISPLAYS: Final[frozenset[str]] = frozenset({
    "showing", "shows", "showed", "displaying", "displays", "displayed", "flaunting",
})
# Chat's tails and reactions after the person or the vice: the put-down said whole ("the
# nerve of this guy smh", "showing his ignorance once again", "... for all to see").
TAILS: Final[frozenset[str]] = O33_TAILS | frozenset({
    "wow", "unreal", "unbelievable", "jesus", "christ", "man", "bro", "lol", "lmfao",
    "smdh", "ugh", "once", "yet", "as", "usual", "always", "today", "for", "all", "to",
    "see",
})
TAIL_REACH: Final[int] = 4
# A vice that never ends, after the possessive vice (maybe after "just" or "really"):
# "her lies never stop", "his greed has no limit".
ENDLESS: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("never", "stop"), ("never", "stops"), ("never", "end"), ("never", "ends"),
    ("never", "ceases"), ("never", "cease"), ("has", "no", "limit"),
    ("has", "no", "limits"), ("has", "no", "end"), ("has", "no", "bounds"),
    ("knows", "no", "limit"), ("knows", "no", "limits"), ("knows", "no", "bounds"),
    ("knows", "no", "end"), ("have", "no", "end"), ("have", "no", "limit"),
})
ENDLESS_LENGTH: Final[int] = 3
ENDLESS_ADVERBS: Final[frozenset[str]] = frozenset({"just", "really", "literally", "truly"})
ADVERB_REACH: Final[int] = 1
# Praise after the shape in its message: the vice admired, not scorned ("the nerve of this
# dude, love it", "such arrogance from that man, i respect it").
PRAISE: Final[frozenset[str]] = frozenset({
    "love", "loved", "respect", "legend", "goat", "iconic", "admire", "props",
})
PRAISE_REACH: Final[int] = 8  # tokens after the vice: "of [this dude, love] it"
# olid46's verdicts that scorn: only these judge a praised vice ("his insanity is
# disgusting"); wonder ("unreal", "insane") is game chat's praise.
SCORN: Final[frozenset[str]] = frozenset({
    "disgusting", "sickening", "pathetic", "embarrassing", "appalling", "shameful",
    "disgraceful", "revolting", "nauseating", "laughable", "galling", "infuriating",
    "maddening", "vile",
})
SCORN_REACH: Final[int] = 8  # tokens after the vice: "of [donald trump is just] vile"
# fmt: on
