"""Words of the hatecheck28 round (issue 8, targeting_hatecheck28.py): a place said to
hold too many of a named group, and the writer's aversion to a named group."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck13_words as h13

# fmt: off
# The complaint's term (identity_attack.txt), read by hatecheck13 when a place follows the
# group ("too many muslims in this country"); this round reads it after a place that
# "has" the group: "the world has too many immigrants", "this country has way too many
# muslims", "we have too many refugees".
TOO_MANY: Final = h13.TOO_MANY
# Between the possession verb and "too many": "has way too many", "has got far too many".
MANY_BEFORE: Final[frozenset[str]] = frozenset({
    "way", "far", "just", "simply", "got", "gotten", "so", "waaay", "waay", "already",
})
MANY_REACH: Final = 3
HAS: Final[frozenset[str]] = frozenset({"has", "have", "got", "s", "hav", "ve"})
# The subject that has the group: a place (hatecheck13's), its institutions, or "we"; "i
# have too many gay friends" or "my feed has too many ..." is the writer's own company.
HOLDERS: Final[frozenset[str]] = h13.PLACES | frozenset({
    "we", "nation", "village", "neighbourhood", "neighborhood", "place", "state", "office",
    "army", "military", "police", "club", "team", "industry", "internet", "media", "tv",
    "hollywood", "parliament", "congress", "london", "paris", "france", "germany",
    "sweden", "canada", "australia", "ireland", "scotland", "italy", "spain", "society",
    "continent", "region", "county", "suburb", "suburbs", "campus", "university",
    "workplace", "company", "city", "cities", "planet", "earth", "globe",
})
# After the group, the complaint closes or goes on with a tail: "... now", "... these
# days", "... in this country"; "the world has too many people suffering" goes on.
MANY_TAIL: Final[frozenset[str]] = h13.PLACE_TAIL | frozenset({
    "here", "there", "everywhere", "lately", "tbh", "already", "in", "on",
})

# The writer's aversion to a group, in forms the lexicon lacked (insult.txt, hatecheck28):
# "i cannot stand black people", "i can't tolerate muslims", "i can't bear being around
# trans people". Registered in group_only.FIRST_NAMED_TERMS: read only beside a group.
AVERSIONS: Final[frozenset[str]] = frozenset({
    "cannot stand", "can not stand", "could never stand", "can never stand",
    "can no longer stand", "can t tolerate", "cant tolerate", "cannot tolerate",
    "can not tolerate", "can no longer tolerate", "could never tolerate", "won t tolerate",
    "hate being around", "hate being near", "can t bear being around",
    "cannot bear being around", "cant bear being around", "can t stand being near",
    "cant stand being near", "cannot stand being around", "cannot stand being near",
    "can t bear to be around", "can t stand to be around", "cant stand to be around",
    "cannot bear to be around",
})
# The older aversion terms, whose group reading this round checks for a wrong done to the
# group: "i can't stand gay people being bullied", "i'm sick of immigrants being blamed"
# name what is done to them.
OLD_AVERSIONS: Final[frozenset[str]] = frozenset({
    "can t stand", "cant stand", "can t bear", "cannot bear", "can t stand being around",
    "cant stand being around", "sick of", "sick and tired of", "fed up with", "disgusted by",
})
# The writer before the aversion, over a few adverbs: "i cannot stand", "honestly i just
# can't tolerate"; "he said he cannot stand ..." and "people who can't stand ..." report.
WRITER: Final = "i"
WRITER_GAP: Final[frozenset[str]] = frozenset({
    "just", "really", "honestly", "simply", "seriously", "truly", "literally", "still",
    "genuinely", "absolutely", "actually", "personally", "do", "so",
})
WRITER_REACH: Final = 3
# Right before an older aversion term, whoever holds it: "people who can't stand
# immigrants are bigots", "anyone who can't bear gay people needs help".
DOERS: Final[frozenset[str]] = frozenset({"who", "whoever", "chi"})
# Between the aversion and its group: "cannot stand these immigrants", "any of these".
GROUP_GAP: Final[frozenset[str]] = frozenset({
    "these", "those", "all", "any", "of", "the", "most", "fucking", "damn", "bloody",
})
GROUP_REACH: Final = 4
# What may follow the group: the clause's end, or these ("anymore", "tbh").
AVERSION_TAIL: Final[frozenset[str]] = frozenset({
    "anymore", "tbh", "honestly", "lol", "lmao", "now", "either", "at", "all",
    "period", "ngl", "smh", "too",
})
# After the group, a wrong done to it: "gay people being bullied", "women getting
# harassed", "muslims treated like that"; the aversion is to the wrong. "i can't stand
# immigrants being given free houses" names no wrong and stays read.
WRONG_LINKS: Final[frozenset[str]] = frozenset({"being", "getting", "get", "be"})
WRONGS: Final[frozenset[str]] = frozenset({
    "bullied", "harassed", "attacked", "mocked", "treated", "abused", "insulted", "beaten",
    "killed", "hurt", "discriminated", "targeted", "blamed", "excluded", "ignored",
    "mistreated", "oppressed", "persecuted", "murdered", "assaulted", "threatened",
    "shamed", "hated", "demonised", "demonized", "dehumanised", "dehumanized", "slurred",
    "laughed", "picked", "bashed", "profiled", "scapegoated", "misgendered", "erased",
})

# Someone else's saying before the shape in its sentence: "stop saying this country has
# too many refugees", "don't say we have ...", "claiming ..."; hatecheck27 reads the
# speakers ("who", "thinks").
SAYINGS: Final[frozenset[str]] = frozenset({
    "say", "saying", "says", "said", "claim", "claiming", "claims", "claimed", "pretend",
    "pretending", "insist", "insisting", "tweeted", "posted", "wrote", "writing", "argue",
    "arguing",
})
# Before a saying, the writer's own: "i said it before, the world has too many ...".
SAYERS: Final[frozenset[str]] = frozenset({"i", "ive", "ve", "already", "always"})
FRAME_REACH: Final = 8

OWN_TERMS: Final[frozenset[str]] = AVERSIONS
