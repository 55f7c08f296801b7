"""Words of the olid32 round (issue 8, targeting_olid32.py): plural name-calls and
non-identity groups of people put down outright.

Kept here, not in cues.txt: every cue word also becomes a known word, and the older rules
read a word no list knows as a name.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum4_words, olid4_words

# fmt: off
# The plural name-calls en/insult.txt gained in this round (not the vulgar ones, which
# forum13 leaves to the older rules): person-only nouns, read as forum13 reads its own
# ("these sellouts", "those dirtbags again", "Bunch of halfwits.").
PLURALS: Final[frozenset[str]] = frozenset({
    "crooks", "frauds", "psychos", "maniacs", "lowlifes", "nutjobs",
    "nutcases", "whackjobs", "weirdos", "sellouts", "halfwits", "dimwits", "nitwits",
    "numbskulls", "nincompoops", "charlatans", "fraudsters",
    "swindlers", "backstabbers", "sleazebags", "slimeballs", "dirtbags", "sickos",
    "knuckleheads", "boneheads", "meatheads", "pinheads", "airheads",
    "dingbats", "dipsticks", "sociopaths", "narcissists", "nutters",
    "wimps", "weaklings", "phonies", "windbags",
    "blowhards", "loudmouths",
})
# Groups of people by trade, office or following that no older list holds: "the media are
# scum", "reporters are vultures", "his followers are lunatics". Lawyers and bankers stay
# out: test_scorer_hate_probe3_en.py keeps "Lawyers are vultures." and "Bankers are greedy
# pigs." clean (a functional suite's non-hateful controls), a deliberate older choice.
NEW_GROUPS: Final[frozenset[str]] = frozenset({
    "media", "msm", "press", "journalists", "reporters", "pundits", "commentators",
    "senators", "congressmen", "congress", "government", "establishment", "mps",
    "celebrities", "celebs", "followers", "fanbase", "critics", "elites", "officials",
    "bureaucrats", "lawmakers", "legislators",
})
# Every group a put-down may be said of here: these, forum4's and olid4's plural groups,
# not people at large ("humans are a stupid animal" sighs about everyone).
GROUPS: Final[frozenset[str]] = (
    NEW_GROUPS | forum4_words.GROUPS | olid4_words.PLURAL_GROUPS
) - forum4_words.GENERIC
# Words before the group that say which ("the mainstream media", "his followers",
# "these senators", "trump supporters"), at most MODIFIER_REACH.
MODIFIERS: Final[frozenset[str]] = frozenset({
    "the", "these", "those", "his", "her", "their", "our", "all", "most", "mainstream",
    "news", "fake", "corporate", "western", "american", "british", "modern", "local",
    "so", "called", "today", "s", "trump", "biden", "obama", "maga", "liberal",
    "conservative", "leftist", "democrat", "republican", "corrupt", "career", "us",
    "uk", "federal", "whole", "entire", "current",
})
MODIFIER_REACH: Final = 3
# Words that may open the sentence before the group: chat's openers and tweet tags.
OPENERS: Final[frozenset[str]] = frozenset({
    "user", "honestly", "lol", "lmao", "and", "yeah", "yes", "so", "well", "ok", "okay",
    "tbh", "imo", "seriously", "frankly", "again", "man", "bro", "wow", "because",
    "cause", "cuz",
})
OPENER_REACH: Final = 4
# Copulas of the group: "are", and "is" for a group said in the singular ("the media is
# scum", "congress is full of crooks").
COPULAS: Final[frozenset[str]] = frozenset({"are", "is", "were", "was", "re", "r"})
# Between the copula and the name-call: "are all", "are a bunch of", "is full of", "are
# nothing but", "are brainwashed".
BETWEEN: Final[frozenset[str]] = forum4_words.BETWEEN | frozenset({
    "full", "pack", "load", "bunch", "brainwashed", "mindless", "corrupt", "lying",
    "spineless", "gutless", "bought", "paid", "total", "complete", "absolute", "utter",
})
BETWEEN_REACH: Final = 5
# The name-call must be a noun: a plural ("crooks"), a mass noun ("scum") or a word
# before a name-call noun ("brainwashed sheep"). Traits ("politicians are lazy",
# "politicians are feckless") stay the older rules' (group_attribute_floor,
# hatecheck15, hatecheck33 keep them clean of any but an identity group).
MASS_NOUNS: Final[frozenset[str]] = frozenset({
    "scum", "trash", "garbage", "filth", "vermin", "sheep", "cattle", "sheeple", "swine",
    "riffraff", "rabble", "lowlife", "scumbag", "trailer", "mindless sheep",
})
# Endings of an "s" word that is no plural: "feckless", "clueless", "dangerous".
NOT_PLURAL: Final[tuple[str, ...]] = ("ss", "less", "ous", "us", "is")
# Plural nouns too mild to be a put-down: "These fans are fanatics." (hateprobe4).
MILD: Final[frozenset[str]] = frozenset({"fanatics", "nerds", "geeks", "haters"})
# Name-call nouns after a judging word or another name-call: "brainwashed sheep",
# "liars and frauds".
NAME_NOUNS: Final[frozenset[str]] = frozenset({
    "sheep", "pigs", "rats", "frauds", "crooks", "liars", "thieves", "hypocrites",
    "clowns", "idiots", "morons", "cowards", "traitors", "lunatics", "scum", "parasites",
    "puppets", "shills", "losers", "sheeple", "drones",
})
# After the name-call to the clause's end: more name-calls, "and", "every one of them".
TAILS: Final[frozenset[str]] = NAME_NOUNS | frozenset({
    "and", "or", "every", "one", "of", "them", "all", "lol", "lmao", "too", "tbh",
    "honestly", "period", "the", "lot", "whole",
})
TAIL_REACH: Final = 5
# Before the group, anywhere back to the sentence's start: the claim is denied, asked,
# reported or conditional ("not all cops are pigs", "nobody said politicians are
# crooks", "i dont think the media are scum").
UNSAID: Final[frozenset[str]] = forum4_words.UNSAID | frozenset({
    "think", "doubt", "unless", "when", "nobody", "neither", "nor", "isnt", "arent",
})
# fmt: on
