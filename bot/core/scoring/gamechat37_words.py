"""Word lists of the gamechat37 round (targeting_gamechat37.py): the players of a
nationality generalised about in the lobby ("typical russians", "russians in a nutshell",
"another peruvian in my team") or told to go ("go back to ur peru servers", "stop playing
dota pinoys")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord21_words as d21
from bot.core.scoring import gamechat35_words as g35

# fmt: off
# The round's lexicon lines (insult.txt, gamechat37): nationalities that game chat on
# shared regional servers flames, read as a generalisation only in the round's shapes and
# cancelled elsewhere ("im russian too", "russian server?", "gg peruvians wp").
GROUPS: Final[frozenset[str]] = frozenset({
    "russians", "ruskies", "ruskis", "russkies", "russkis", "peruvians", "pinoys",
    "filipinos", "brazilians",
})
# One of them, read only in a phrase: after "another" ("another peruvian in my team") or
# before "server" ("go back to your russian server"). A lone adjective would be a hit
# word stacked with the noun after it, which older rules read as a name-call ("a
# russian troll"); its phrases keep it out.
ONE_OF_GROUP: Final[frozenset[str]] = frozenset({
    "russian", "ruski", "russki", "peruvian", "pinoy", "filipino", "brazilian",
})
ANOTHER: Final = "another"
SERVED: Final[frozenset[str]] = frozenset({"russian", "peruvian", "pinoy", "brazilian"})
PHRASES: Final[frozenset[str]] = frozenset(
    {f"{ANOTHER} {word}" for word in ONE_OF_GROUP}
    | {f"{word} {server}" for word in SERVED for server in ("server", "servers")}
)
# Read only after "go back to": "go back to russia", "go back to ur peru servers".
COUNTRIES: Final[frozenset[str]] = frozenset({"russia", "peru", "brazil"})
OWN_TERMS: Final[frozenset[str]] = GROUPS | COUNTRIES | PHRASES
# The nationality's own token in a term.
NATIONALITIES: Final[frozenset[str]] = GROUPS | ONE_OF_GROUP | COUNTRIES

# Chat's leads before a shape's first word: "omg another russian on my team".
LEADS: Final[frozenset[str]] = g35.LEADS
LEAD_REACH: Final = 2
# A word right before the nationality that generalises: "typical russians", "dem
# peruvians", "another peruvian", "ugh ruskis".
ONE_FRAMES: Final[frozenset[str]] = frozenset({
    "typical", "dem", "bloody", "full", "another", "classic", "ugh", "ffs", "smh", "sigh",
})
TWO_FRAMES: Final[frozenset[tuple[str, str]]] = frozenset({
    ("as", "always"), ("as", "usual"), ("so", "many"), ("too", "many"), ("so", "much"),
    ("every", "game"), ("full", "of"), ("yet", "another"), ("one", "more"),
})
# A count of them, said of the writer's team: "4 peruvians in my team".
NUMBERS: Final[frozenset[str]] = frozenset({
    "2", "3", "4", "5", "two", "three", "four", "five",
})
# Chat's tails after the shape, to the sentence's end: "typical russians man".
TAILS: Final[frozenset[str]] = frozenset({
    "smh", "ffs", "wtf", "man", "pls", "plz", "please", "again", "everywhere", "tonight",
    "lmao", "lmfao", "ugh", "gg", "team", "xd", "bro", "sigh", "today", "here", "now",
})
# The tails that generalise on their own after a nationality opening its sentence:
# "peruvians everywhere", "russians again".
GENERAL_TAILS: Final[frozenset[str]] = frozenset({"everywhere", "again"})
# "in my team", "on eu west", "in this lobby": where they are, said of the lobby.
PLACE_LEADS: Final[frozenset[str]] = frozenset({"in", "on"})
PLACES: Final[frozenset[str]] = frozenset({
    "my", "our", "this", "the", "team", "game", "lobby", "server", "eu", "west", "euw",
    "na", "sea", "east", "match", "games", "every", "ranked", "pub", "pubs", "sa", "ru",
})
PLACE_REACH: Final = 3
AS: Final = "as"
AS_AFTER: Final[frozenset[str]] = frozenset({"always", "usual"})
NUTSHELL: Final[tuple[str, str, str]] = ("in", "a", "nutshell")
ALWAYS: Final = "always"
# "russians always feed": what the whole nationality is said to do.
ALWAYS_DOING: Final[frozenset[str]] = frozenset({
    "feed", "feeds", "flame", "flames", "rage", "rages", "afk", "throw", "throws", "leave",
    "leaves", "abandon", "abandons", "cry", "int", "ints", "troll", "trolls", "tilt",
    "quit", "quits", "ragequit", "lose", "spam", "complain", "ruin",
})
GENERAL_PAIRS: Final[frozenset[tuple[str, str]]] = frozenset(
    {(AS, word) for word in AS_AFTER} | {(ALWAYS, word) for word in ALWAYS_DOING}
)
# "pinoys go back to sea", "russians go home": the rest of the sentence goes with them.
GO: Final = "go"
GO_AFTER: Final[frozenset[str]] = frozenset({"back", "home"})
GO_REACH: Final = 6
# "go back to (ur) (fuckin) peru (servers)".
GO_BACK_TO: Final[tuple[str, str, str]] = ("go", "back", "to")
POSSESSIVES: Final[frozenset[str]] = frozenset({"ur", "your", "ya", "the", "yo"})
CURSES: Final[frozenset[str]] = frozenset({
    "fuckin", "fucking", "fking", "fkin", "damn", "bloody", "shitty",
})
SERVERS: Final[frozenset[str]] = frozenset({"server", "servers", "region"})
# "stop (playing) dota pinoys", "no russians allowed".
STOP: Final = "stop"
PLAYING: Final = "playing"
DOTA: Final = "dota"
NO: Final = "no"
ALLOWED: Final = "allowed"
# A kind word after the nationality: "typical russians, so friendly wp".
KIND_AFTER: Final[frozenset[str]] = d21.KIND_AFTER | frozenset({
    "wp", "gj", "nice", "friendly", "kind", "commend", "thanks", "ty", "carried", "good",
    "great", "love", "awesome",
})
KIND_REACH: Final = 8
SENTENCE_REACH: Final = 12
# fmt: on
