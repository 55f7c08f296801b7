"""Words of the forum18 round (issue 8, targeting_forum18.py).

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name.
"""

from __future__ import annotations

from typing import Final

# fmt: off
# Affiliations a forum sums up as a group of people: political and ideological camps,
# communities, generations, fandoms, the roles of a thread, and the professions the
# round's comments judge most (cops, landlords). The subject of a verdict: "vegans are
# insufferable", "sjws are garbage". Identity groups (religions, nationalities, gender)
# are left to the identity rules, which weigh them as identity attacks.
AFFILIATIONS: Final[frozenset[str]] = frozenset({
    "liberals", "libs", "libtards", "leftists", "lefties", "conservatives", "cons",
    "republicans", "democrats", "dems", "trumpers", "trumpsters", "magats", "progressives",
    "socialists", "communists", "commies", "tankies", "libertarians", "centrists",
    "anarchists", "fascists", "tories", "feminists", "sjws", "wokies", "incels",
    "vegans", "boomers", "millennials", "zoomers", "gamers", "weebs", "normies", "karens",
    "hippies", "cops", "landlords", "mods", "moderators", "admins", "redditors",
    "fanboys", "stans", "activists", "protesters", "protestors", "crypto", "cryptobros",
    "antivaxxers", "anti-vaxxers", "vaxxers", "truthers", "flatearthers", "preppers",
    # portmanteau names of a camp, plural: the subject of a verdict as the camps are
    "feminazis", "trumptards", "demonrats", "democraps", "rethuglicans", "repugs",
    "repukes", "libturds", "snowflakes", "cucks", "soyboys", "jannies",
})
# The affiliations a swear word may curse, read by the rules (scorer.py's swearing-only
# path skips them otherwise): "fuck the mods", "vegans suck".
CURSE_GATE: Final[frozenset[str]] = AFFILIATIONS
# The curse verbs, said as an order: "fuck the mods", "screw landlords"; not "fucking
# mods", a game's modifications as often (gamechat18).
CURSES: Final[frozenset[str]] = frozenset({"fuck", "fck", "fuk", "screw", "fk"})
# After a curse verb, before the group it curses: "fuck the mods", "screw all landlords".
CURSED_LEADS: Final[frozenset[str]] = frozenset({"the", "all", "these", "those", "every"})
# A swear verb said by a group as its verdict, closing the clause: "vegans suck".
SUCK: Final[frozenset[str]] = frozenset({"suck", "sucks", "suk", "blow"})
# Between the group and "suck": "the cops fucking suck", "mods really suck".
SUCK_FILLERS: Final[frozenset[str]] = frozenset({
    "fucking", "fkn", "really", "just", "all", "so", "truly", "still",
})
# Before the group, at the opening of its clause: "the vegans are", "all cops are".
GROUP_LEADS: Final[frozenset[str]] = frozenset({
    "the", "these", "those", "all", "most", "so", "and", "but", "honestly", "lol", "lmao",
    "tbh", "like", "yeah", "man", "god", "jesus", "ugh", "modern", "online", "reddit",
    "american", "western",
    # the reader's own camp: "you vegans are insufferable"
    "you", "u", "ya", "yall",
})
# One of an affiliation, after "every": "every vegan i know is insufferable", "every mod
# on this site is a loser".
ONE_OF: Final[frozenset[str]] = frozenset({
    "liberal", "lib", "leftist", "lefty", "conservative", "republican", "democrat",
    "trumper", "progressive", "socialist", "communist", "commie", "tankie", "libertarian",
    "centrist", "feminist", "sjw", "incel", "vegan", "boomer", "millennial", "zoomer",
    "gamer", "weeb", "cop", "landlord", "mod", "moderator", "admin", "redditor",
    "fanboy", "activist",
})
EVERY: Final[frozenset[str]] = frozenset({"every", "each", "any"})
# Between the one and the verb: where they are, or whom the writer has met ("every
# vegan i know", "every mod i've ever met", "each landlord here").
MET: Final[frozenset[str]] = frozenset({
    "i", "ive", "have", "know", "knew", "met", "ever", "seen", "dealt", "with", "here",
    "on", "in", "this", "that", "sub", "site", "subreddit", "reddit", "thread", "single",
    "who", "ve", "m", "online",
})
MET_REACH: Final = 6  # tokens from the verb back to "every"
# A community of people named as a place: "this sub is a cesspool", "this fandom is
# cancer". Not "thread", "site" or "app": "this site is garbage" judges the thing.
COMMUNITIES: Final[frozenset[str]] = frozenset({
    "sub", "subreddit", "fandom", "fanbase", "community", "crowd",
})
# Names of a foul place that count only said of a community ("this sub is a cesspool");
# of a pond, a city or a thread they describe a thing ("the pond is a cesspool").
PLACE_NAMES: Final[frozenset[str]] = frozenset({"cesspool"})
# Before the community: it is this one or a named one, not "a community" in general.
COMMUNITY_LEADS: Final[frozenset[str]] = frozenset({
    "this", "the", "that", "your", "ur", "their", "his", "her", "its",
})
# Before a name-call said back to the person replied to: "nice try bootlicker", "sure
# thing neckbeard". The retort makes the name-call a vocative.
RETORTS: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("nice", "try"), ("good", "try"), ("sure",), ("sure", "thing"), ("whatever",),
    ("cool", "story"), ("yeah", "ok"), ("yeah", "okay"), ("sure", "buddy"), ("lol", "ok"),
})
# Words that name a thing as often as a person: "ok trash" in a game may answer "throw
# it in the trash"; "sure, garbage" sorts it.
THINGS: Final[frozenset[str]] = frozenset({
    "trash", "garbage", "junk", "crap", "shit", "cancer", "joke", "mess", "disaster",
    "rubbish", "filth",
})
RETORT_REACH: Final = 2  # the longest retort, in tokens
# Describing words between the verb and the verdict, past forum17's fillers: "this
# fandom is toxic garbage", "boomers are entitled selfish idiots".
DESCRIBING: Final[frozenset[str]] = frozenset({
    "toxic", "entitled", "whiny", "smug", "selfish", "lazy", "greedy", "fragile",
    "insecure", "miserable", "bitter", "angry", "lying", "corrupt", "soulless", "mindless",
})
VERB_REACH: Final = 5  # tokens from the verdict back to its verb
# People named right after a superlative verdict, then its scope: "sjws are the worst
# people on the planet", "vegans are the dumbest humans alive".
PEOPLE: Final[frozenset[str]] = frozenset({"people", "humans", "ppl", "persons", "folks"})
SCOPES: Final[frozenset[str]] = frozenset({"on", "in", "alive", "ever", "of", "around"})
# A naming of anyone at all, the reader only inside its relative clause: "stop calling
# everyone you disagree with a shill" talks about a word, as "stop calling people
# shills" does for the older rules.
NAMING: Final[frozenset[str]] = frozenset({"calling", "call", "calls", "called"})
ANYONE: Final[frozenset[str]] = frozenset({
    "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "people",
    "others", "those",
})
NAMING_REACH: Final = 8  # tokens from the name-call back to the naming verb
# fmt: on
