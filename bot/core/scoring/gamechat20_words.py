"""Words of the gamechat20 round (issue 8): game chat shapes read by
targeting_gamechat20.py."""

from __future__ import annotations

from typing import Final

# fmt: off
# Roles and positions that name a player of the writer's team.
ROLES: Final[frozenset[str]] = frozenset({
    "jungle", "jungler", "jg", "jgl", "mid", "midlaner", "midlane", "top", "toplaner",
    "toplane", "adc", "carry", "support", "supp", "sup", "healer", "tank", "dps",
    "botlane", "botlaner", "offlaner", "offlane", "awper", "igl", "duelist", "laner",
})
# "mid is trolling", "adc is feeding": a bare role opening its sentence, blamed for a
# sabotage verb that closes it (a hero's play reported, "sova is trolling", stays a
# report, as chat9 reads it: the role is the writer's own team's player).
BLAMED_ROLES: Final[frozenset[str]] = ROLES | frozenset({"bot"})
BLAME_LEADS: Final[frozenset[str]] = frozenset({
    "omg", "bro", "lol", "wtf", "ffs", "ugh", "gg", "ff", "bruh", "man", "dude", "jesus",
    "and", "so", "yo", "ok", "great", "wow",
})
BLAME_BRIDGE: Final[frozenset[str]] = frozenset({
    "is", "s", "keeps", "literally", "just", "still", "actually", "clearly", "always",
    "been", "has", "straight", "up", "lowkey", "deadass", "totally",
})
BLAME_TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "wtf", "ffs", "bro", "smh", "ff", "gg", "pls", "plz", "report", "omg",
    "af", "asf", "rn", "tbh", "ngl", "fr", "xd", "kid", "noob", "idiot", "jesus", "man",
    "dude", "bruh", "wow", "ugh",
})
# "support afk again wtf", "our healer always afk": a player left the game.
AFK_TERMS: Final[frozenset[str]] = frozenset({"afk again", "always afk"})
AFK_BRIDGE: Final[frozenset[str]] = frozenset({
    "is", "s", "went", "goes", "just", "literally", "still", "re", "are", "r", "has",
    "been",
})
AFK_DETERMINERS: Final[frozenset[str]] = frozenset({"our", "the", "ur", "your", "this", "my"})
READERS: Final[frozenset[str]] = frozenset({"you", "u", "ya", "yall", "ur", "youre"})
# A player's skill likened to a grandparent's, a little sibling's, a bot's: after a play
# verb only (gamechat9's reading): "you play like my grandma".
PLAY_LIKE: Final[frozenset[str]] = frozenset({
    "like my grandma", "like my grandpa", "like my granny", "like my nan", "like my gran",
    "like my grandmother", "like my grandfather", "like a grandpa", "like a granny",
    "like my little sister", "like my little brother", "like my baby sister",
    "like a bot", "like a stormtrooper", "like a potato", "like a blind", "like a bronze",
    "like a silver", "like an iron", "like a beginner", "like a newbie",
})
# "delete the game files and reinstall": a part of the game after an order to delete it.
QUIT_VERBS: Final[frozenset[str]] = frozenset({"delete", "uninstall", "quit"})
GAME_PARTS: Final[frozenset[str]] = frozenset({
    "files", "file", "folder", "folders", "cache", "data", "launcher", "client", "update",
    "patch", "mods", "mod", "config", "configs", "settings", "save", "saves", "shortcut",
    "installer", "directory", "dlc",
})
# "you have no hands in the cutscene": a character's body in the game shown.
NO_HANDS: Final[frozenset[str]] = frozenset({
    "you have no hands", "u have no hands", "you got no hands", "u got no hands",
})
SHOWN_IN: Final[frozenset[str]] = frozenset({"in", "during", "on"})
SHOWN: Final[frozenset[str]] = frozenset({
    "cutscene", "cutscenes", "cinematic", "cinematics", "trailer", "intro", "animation",
    "animations", "model", "vr", "fp", "firstperson", "menu", "lobby", "screenshot",
    "screenshots", "photo", "emote", "emotes", "creator", "thumbnail",
})
SHOWN_REACH: Final = 4
CLOSE_REACH: Final = 4
# fmt: on
