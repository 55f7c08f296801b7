"""Words of the gamechat24 round (issue 8): game chat shapes read by
targeting_gamechat24.py (a swear word said of the reader, a gg-taunt with an insult, a
mock title with a role)."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.gamechat21_words import VERDICT_TAILS

# fmt: off
# "ur shittt", "u r shitty": the reader's copula and a swear word, the lexicon's lines.
READER_SWEARS: Final[frozenset[str]] = frozenset({
    "ur shitt", "ur shitty", "ur crap", "ur crappy", "ur shite", "u r shitt", "u r shitty",
    "u r crap", "youre shitt", "youre shitty", "youre crap", "you re shitt",
    "you re shitty", "you are shitty",
})  # not "you are crap" nor "you re crap": older lines, read by the older rules
# What may follow a swear word said of the reader in its sentence: "ur shittt lol",
# "ur crap at this game", "ur shite mate".
SWEAR_TAILS: Final[frozenset[str]] = VERDICT_TAILS | frozenset({
    "at", "this", "game", "bro", "dude", "man", "mate", "kid", "lol", "lmao", "xd", "tbh",
    "honestly", "fr", "lmfao", "af", "today", "rn", "now", "ngl",
})
# A vocative or a chat opener that may stand before it: "jett ur shittt", "bro ur crap".
SWEAR_OPENERS: Final[frozenset[str]] = frozenset({
    "bro", "dude", "man", "lol", "omg", "wtf", "gg", "bruh", "yo", "jesus", "ok", "okay",
    "honestly", "tbh", "mate",
})
# A gg-taunt before an insult that closes the line: "gg no re trash", "gg get rekt noob",
# "gg go next loser"; each as the tokens that must open the sentence.
GG_TAUNTS: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("gg", "no", "re"), ("gg", "get", "rekt"), ("gg", "go", "next"), ("gg", "ez", "no", "re"),
    ("gg", "no", "re", "ez"), ("ggez", "no", "re"), ("gg", "easy", "no", "re"),
    ("gg", "no", "rematch"), ("get", "rekt"),
})
GG_FIRSTS: Final[frozenset[str]] = frozenset({"gg", "ggez", "get"})
GG_REACH: Final = 4  # the longest taunt
GG_TAILS: Final[frozenset[str]] = VERDICT_TAILS | frozenset({
    "team", "lol", "lmao", "xd", "ez", "kid", "kids", "bro",
})
# A role named after a mock title, closing the line: "ok genius support", "thanks
# einstein adc"; roles of League, Overwatch, Valorant, CS2 and Rocket League.
ROLE_VOCATIVES: Final[frozenset[str]] = frozenset({
    "support", "supp", "sup", "jungle", "jungler", "jg", "mid", "top", "adc", "bot", "tank",
    "healer", "dps", "igl", "entry", "awper", "lurker", "duelist", "sentinel", "controller",
    "initiator", "carry", "offlane", "goalie", "striker", "laner", "toplaner", "midlaner",
    "flex", "anchor", "fragger",
    # Valorant agents and Overwatch heroes not in gamechat8's list; no everyday words
    # ("echo", "fade", "breach", "sky", "doom", "ram")
    "jett", "reyna", "sage", "raze", "sova", "cypher", "killjoy", "viper", "neon", "yoru",
    "chamber", "kayo", "skye", "gekko", "clove", "mercy", "moira", "widow", "widowmaker",
    "genji", "hanzo", "lucio", "rein", "reinhardt", "zarya", "dva", "tracer", "sombra",
    "junkrat", "roadhog", "kiriko", "brig", "bap", "sigma", "orisa", "cass", "torb",
})
# fmt: on
