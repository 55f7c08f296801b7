"""The eighteenth game-chat held-back batch (issue 8), written before any rule and counted
only twice: at the start and at the end. The same shapes as gamechat18_probe_lines.py in
new words, across Dota, League, Valorant/Overwatch, CS and Fortnite/Roblox."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "our brig is throwing", "lina is feeding again", "our kayn keeps feeding",
    "cypher is throwing lol", "our viper is feeding", "sniper is feeding nonstop",
    "ana is throwing again", "katarina keeps throwing",
    "lucio diff", "killjoy diff", "invoker diff", "jungle diff again", "entry diff",
    "ashe diff lol",
    "get good or leave", "git gud or go back to bronze", "get better or get out",
    "ew girl gamer", "ur a girl thats why ur bad", "girls shouldnt play ranked",
    "lol a girl on the team we lost",
    "uninstall and go back to roblox", "go back to minecraft kid",
    "uninstall go play fortnite", "go back to club penguin noob",
    "nooob", "ur so trashh", "useles carry", "r3tarded team", "n0ob",
    "idiiot mid", "stupiid jungler", "your retrded",
    "WHAT ARE YOU DOING TOP", "STOP THROWING", "ARE YOU STUPID", "WHY ARE YOU SO BAD",
    "STOP DYING SAGE", "WHAT WAS THAT MID", "UNINSTALL",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit that flick", "fucking clean ace", "shit i whiffed",
    "damn that ult", "fuck my ping", "wtf that hook", "oh shit baron is up",
    "fucking hell that was close", "hell yeah clutch", "shit my mouse died",
)

HELD_OTHER_CLEAN: tuple[str, ...] = (
    "i am throwing my bad", "their lina is feeding", "lina is feeding their mid",
    "their brig keeps throwing lol", "throwing a flash b", "cypher is good on this map",
    "lucio diff on their side", "their killjoy diff, wp", "jungle diff, sorry",
    "the diff is huge", "entry diff was my fault",
    "get good at aiming with deathmatch", "go back to spawn", "going back to roblox after this",
    "uninstall the mod", "i need to get better", "go back to top lane",
    "a girl on the team carried us", "my sister plays mercy", "girls team won the tourney",
    "noob tube", "trash talk is part of it", "useless trinket", "nooo",
    "STOP THE ROTATE", "GO BACK MID", "WHAT A SHOT", "NICE ONE",
    "PLANT B", "WHAT ARE WE BUYING", "I AM LAGGING", "WHY IS IT LAGGING",
)

HELD_CLEAN: tuple[str, ...] = HELD_SWEARING + HELD_OTHER_CLEAN
