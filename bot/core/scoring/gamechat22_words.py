"""Words of the gamechat22 round (issue 8): game chat shapes read by
targeting_gamechat22.py."""

from __future__ import annotations

from typing import Final

# fmt: off
# A relative of the writer likened down ("my sister plays better than u"): "my" before
# one of these, the reader after the comparison. gamechat9 and gamechat21 count siblings
# only made small ("my little brother"); with "my" and the reader named, any relative.
RELATIVES: Final[frozenset[str]] = frozenset({
    "brother", "sister", "bro", "sis", "cousin", "nephew", "niece", "son", "daughter",
    "uncle", "aunt", "auntie", "grandma", "grandpa", "granny", "kid", "kids",
    "fratello", "sorella", "cugino", "cugina", "nipote", "figlio", "figlia",
})
OWNERS: Final[frozenset[str]] = frozenset({"my", "mio", "mia"})
# Who the comparison is against, right after it or in the term: the reader.
COMPARED_READERS: Final[frozenset[str]] = frozenset({"you", "u", "ya", "yall", "ur", "te"})
COMPARED_TERMS: Final[frozenset[str]] = frozenset({
    "better than you", "better than u", "meglio di te",
})
THAN: Final[frozenset[str]] = frozenset({"than", "di"})
RELATIVE_REACH: Final = 6

# A bare verdict in the chat line right after the one naming a player, as exports join a
# player's lines with " | " ("this reyna | so bad", "our adc | so trash lol").
JOINED_MARK: Final = "|"
NAMING_DETERMINERS: Final[frozenset[str]] = frozenset({
    "this", "that", "our", "ur", "your", "their", "my", "questo", "nostro",
})
JOINED_LEADS: Final[frozenset[str]] = frozenset({
    "so", "soo", "sooo", "such", "a", "an", "too", "very", "literally", "just", "is",
    "hes", "shes", "actually", "fucking", "fkin",
})
JOINED_REACH: Final = 4  # words before the verdict in its line, and its tails after
NAMED_REACH: Final = 6  # words of the line before, the player among its last two

# "npc" said of a player as a whole line: "actual npc", "literal npc", "npc behavior",
# "u npc" closing its line. "bot" only with its behaviour ("bot behavior"): a bare
# "actual bot" may be a Discord bot, "bot" a lane.
NPCS: Final[frozenset[str]] = frozenset({"npc", "npcs"})
BOTS: Final[frozenset[str]] = frozenset({"bot", "npc", "npcs"})
NPC_LEADS: Final[frozenset[str]] = frozenset({
    "actual", "literal", "literally", "such", "an", "a", "total", "complete", "absolute",
    "walking", "certified", "pure", "ok", "okay", "sure",
})
BEHAVIOURS: Final[frozenset[str]] = frozenset({
    "behavior", "behaviour", "energy", "movement", "gameplay", "mentality",
})
NPC_READERS: Final[frozenset[str]] = frozenset({"u", "you", "ya"})
NPC_LINE: Final = 5

# A game put-down that is a whole line with chat's tails, read as the bare line is
# ("bronze brain lol", "hardstuck lmao", "what a clown lol"; the bare line reads the
# reader, the tail made it a third person's or a thing's): gamechat8's rank and skill
# put-downs and this round's.
TAILED: Final[frozenset[str]] = frozenset({
    "zero game sense", "no game sense", "0 game sense", "negative game sense",
    "bronze brain", "silver brain", "iron brain", "hardstuck", "instalocker", "baiter",
    "walking ward", "bronze gameplay", "silver gameplay", "iron gameplay",
    # the person-only name-calls whose tailed line read as a thing's ("such a clown lol")
    "clown", "tryhard",
})
TAILED_LINE: Final = 5
TAILED_LEADS: Final[frozenset[str]] = JOINED_LEADS | frozenset({
    "peak", "pure", "typical", "actual", "literal", "what",
})

# A put-down of play credited to a named player: "zero game sense from our mid", "trash
# rotations from this jett"; the play's noun at most between ("loot", "skins" are not).
FROM: Final = "from"
PLAY_NOUNS: Final[frozenset[str]] = frozenset({
    "gameplay", "play", "plays", "rotations", "rotation", "decisions", "decision",
    "positioning", "macro", "aim", "movement", "ults", "ult", "pathing", "throw", "throws",
})

# Things of a match a name no list knows may still be ("our comp | so bad"): never read
# as the player a joined verdict judges.
MATCH_THINGS: Final[frozenset[str]] = frozenset({
    "comp", "comps", "bracket", "elo", "mmr", "rng", "lobby", "matchmaking", "pick",
    "picks", "lineup", "strat", "strats", "setup", "spawn", "spawns", "eco", "economy",
    "nerf", "buff", "hitreg", "netcode", "tickrate", "sens", "crosshair", "loadout",
    "rotation", "rotations", "macro", "draft", "ping", "fps", "meta", "lag", "queue",
    "rank", "ranked", "split", "tier", "tierlist", "drop", "drops", "loot", "recoil",
    "spray", "nade", "nades", "smoke", "smokes", "flash", "molly", "ult", "ulti",
})
