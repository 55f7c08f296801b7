"""Word lists of the gamechat13 round (issue 8): game chat of any game, read by
targeting_gamechat13.py."""

from __future__ import annotations

from typing import Final

# "uninstall" told of software that is not the game, or as half of a fix: "uninstall
# discord and reinstall", "uninstall the old driver", "uninstall the mod"; "uninstall
# dota", "uninstall and go outside" stay orders to give the game up.
# gamechat24: chat spelling ("unistal", "uninstall game and reinstall", "delete game").
_CHAT_SPELT: Final[frozenset[str]] = frozenset(
    {"unistal", "uninstall game", "unistal game", "delete game"}
)
UNINSTALL: Final[frozenset[str]] = (
    frozenset({"uninstall", "go uninstall", "uninstall the game"}) | _CHAT_SPELT
)
REINSTALL: Final = frozenset({
    "reinstall", "reinstalling", "reinstalled", "reinstal", "redownload", "redownloading",
    "repair", "verify", "restart",
})  # fmt: skip
SOFTWARE: Final = frozenset({
    "discord", "driver", "drivers", "mod", "mods", "modpack", "app", "apps", "update",
    "updates", "patch", "launcher", "addon", "addons", "plugin", "plugins", "overwolf",
    "antivirus", "vanguard", "client", "shaders", "shader", "optifine", "texture", "pack",
    "resourcepack", "extension", "macro", "software", "program", "version", "beta",
    "cache", "files", "dlc", "hotfix", "firmware", "windows", "browser",
})  # fmt: skip
SOFTWARE_SKIP: Final = frozenset({
    "the", "that", "this", "those", "these", "old", "my", "all", "your", "ur", "any", "a",
    "an", "latest", "new", "last", "broken", "graphics", "nvidia", "amd", "audio",
})  # fmt: skip
SOFTWARE_REACH: Final = 8

# Swearing before a game event that closes its clause is an exclamation at the play, not
# at a player the older rules took the unknown word for ("fucking clutch", "shit
# wallbang lol", "holy fucking comeback"); "fucking pudge" names a hero.
EVENTS: Final = frozenset({
    "clutch", "clutched", "headshot", "headshots", "hs", "flick", "flicks", "wallbang",
    "wallbangs", "comeback", "ace", "ult", "ulti", "combo", "snipe", "hook", "hooks",
    "rampage", "penta", "pentakill", "quadra", "quadrakill", "outplay", "outplayed",
    "juke", "jukes", "dodge", "save", "shot", "play", "plays", "lag", "ping", "rng",
    "crit", "crits", "bash", "stun", "spawn", "respawn", "timing", "aim", "spray",
    "oneshot", "onetap", "collat", "noscope", "trickshot", "defuse", "ninja", "steal",
    "smite", "baron", "roshan", "rosh", "aegis", "dragon", "drake", "clip", "lucky",
})  # fmt: skip
EVENT_TAILS: Final = frozenset({
    "lol", "lmao", "xd", "gg", "ggs", "wp", "bro", "dude", "man", "haha", "omg", "wow",
    "there", "again", "tho", "though", "mate",
})  # fmt: skip

# "<role or hero> player is <name-call>" opening the clause: "mid player is an idiot",
# "genji player is trash", "our support main is useless"; "the"/"our" before it already
# reads. Plural "support players are ..." speaks of everyone who plays it: left alone.
ROLE_PLAYER: Final = frozenset({"player", "laner", "main", "guy", "kid", "dude"})
ROLE_PLAYER_GAP: Final = frozenset({
    "is", "s", "so", "too", "very", "really", "such", "a", "an", "fucking", "fkin", "fking",
    "actually", "just", "was", "absolute", "total", "complete", "soo", "sooo", "literally",
    "completely", "absolutely", "the", "biggest", "most", "worst",
})  # fmt: skip
ROLE_PLAYER_COPULAS: Final = frozenset({"is", "s", "was"})
ROLE_PLAYER_OWNERS: Final = frozenset({"our", "ur", "your", "my", "lol", "gg", "omg", "wtf", "ff"})
ROLE_PLAYER_REACH: Final = 8
# Heroes whose names are ordinary words (the hero lists leave them out): a hero only
# before "player" or "main" ("mercy main is useless", "reaper player is braindead").
HERO_WORDS: Final = frozenset({
    "mercy", "reaper", "sage", "phoenix", "viper", "deadlock", "brimstone", "hog", "echo",
    "soldier", "venture", "juno", "axe", "sniper", "tiny", "clockwerk", "spectre", "lion",
})  # fmt: skip

# "is shit" (insult.txt, gamechat13) as the verdict on a player, not the first half of a
# compound: "he is shit talking again", "she's shit hot at this", "he's shit posting".
SHIT_VERDICT: Final = frozenset({
    "is shit", "is fucking shit", "is absolute shit", "is total shit", "hes shit",
    "shes shit", "s shit", "s fucking shit",
})  # fmt: skip
SHIT_COMPOUND: Final = frozenset({
    "talking", "talk", "talker", "talks", "posting", "poster", "post", "hot", "faced",
    "lucky", "scared", "show", "storm", "head",
})  # fmt: skip

# One-word gloats (insult.txt, gamechat13), counted only as the whole message with at
# most these beside them: "cry", "cry more kid", "lol mald", "u tilted?" ("tilted" only
# asked: "tilted lol" may be the writer's answer about themself).
TAUNTS: Final = frozenset({"cry", "seethe", "seething", "mald", "malding", "tilted"})
TAUNT_ASKED: Final = frozenset({"tilted"})
TAUNT_BESIDE: Final = frozenset({
    "lol", "lmao", "xd", "kid", "kids", "noob", "noobs", "bro", "more", "harder", "pls",
    "plz", "now", "baby", "boy", "kiddo", "ez", "gg", "ggez", "really", "so", "much", "u",
    "you", "ur", "already", "yet", "are", "r", "go", "and", "just", "lil", "little", "bozo",
    "nerd", "loser", "bud", "buddy", "son",
})  # fmt: skip
TAUNT_LAUGHS: Final = frozenset({"hah", "aha", "lol", "lma", "kek", "xdd"})
TAUNT_LINE: Final = 6

# A rank "deserved" (insult.txt, gamechat13) is a medal or a prize when one of these
# follows: "she deserves silver for that race", "he deserves bronze medal".
RANK_SENT: Final = frozenset({
    "deserve bronze", "deserve iron", "deserve silver", "deserve wood", "deserve herald",
    "deserves bronze", "deserves iron", "deserves silver",
})  # fmt: skip
MEDAL_AFTER: Final = frozenset({
    "medal", "medals", "for", "at", "in", "place", "award", "trophy", "finish", "position",
})  # fmt: skip


# "joke mid", "joke team" (insult.txt, gamechat13): the verdict only closing its clause,
# laughter, a vocative or a call to surrender after it at most; "joke team comp", "the
# joke team name" name things.
JOKE_ROLES: Final = frozenset({
    "joke team", "joke mid", "joke jungler", "joke jungle", "joke carry", "joke support",
    "joke supp", "joke adc", "joke tank", "joke healer", "joke top", "joke players",
    "joke teammates",
})  # fmt: skip
JOKE_TAILS: Final = frozenset({
    "lol", "lmao", "xd", "gg", "ggs", "ff", "again", "ever", "tbh", "honestly", "smh",
    "omg", "wtf", "af", "as", "always", "today", "report", "pls", "plz", "bro",
})  # fmt: skip

# "the shitter" is the toilet: "his career went down the shitter", "the shitter is
# clogged"; "gg shitters", "u shitter" call players so.
SHITTER: Final = frozenset({"shitter", "shitters"})
TOILET_BEFORE: Final = frozenset({"the", "down"})
