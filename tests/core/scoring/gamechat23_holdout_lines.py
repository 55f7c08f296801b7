"""The gamechat23 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with other wording; counted only at the start and at the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a stat line thrown at a player
    "0/12 and still flaming", "ur 3/14 stop typing", "u went 0/6 and ur talking",
    "check ur stats", "look at ur score lmao", "1/10 omen has opinions",
    # a rank doubted or mocked
    "what rank are u even", "how r u gold", "how are you diamond with that aim",
    "ur rank is fake", "bought acc", "who bought this account", "boosted monkey",
    "boosted clown", "go back to silver", "back to bronze kid", "hardstuck iron player",
    # dogwater and its kin
    "ur actually dogwater", "dog water", "this jett is dogwater",
    "u are so bad its funny", "imagine losing to these guys", "imagine being this trash",
    "imagine playing like that",
    # orders to quit the game
    "delete league", "uninstall the game pls", "pls uninstall",
    # kys in chat's spellings
    "k.y.s", "kys loser", "kill ur self", "kill yourself", "just kill urself",
    # shouting at a player
    "WHAT ARE YOU DOING", "WHY ARE YOU SO TRASH", "U ARE SO BAD",
    "LEARN TO PLAY IDIOT",
    # letters typed twice or more
    "nooob team", "u r trashhhh", "ur so trashh", "idiottt", "loserrr",
    # Italian
    "torna in ferro", "account comprato sicuro", "ammazzati",
)

HELD_CLEAN: tuple[str, ...] = (
    # a rank or stats asked in good faith
    "what rank r u? im plat 2", "what elo are you guys", "whats everyones rank",
    "check my stats lol", "how do u check kda", "look at the score",
    # the writer's own play
    "i'm so trash today lmao", "im dogwater at this game", "i went 0/9 my bad",
    "my kda is a joke lol", "im boosted af", "i need to uninstall this game lol",
    "im hardstuck silver forever", "i play so bad its funny",
    # callouts and plans
    "go back to a site", "back to mid", "delete the reaper", "reaper behind us",
    "kill the support first", "imagine if they ace us",
    # praise
    "that was filthy gj", "ur insane bro", "how are u so good",
    "ur so good its unfair", "wp all", "that ult was disgusting",
    # shouting at no one
    "LETS GOOOO", "WHAT A SHOT", "NO WAYYYY", "GG", "CLUTCHHH",
    # things judged, not players
    "this patch is dogwater", "matchmaking is a joke", "servers are trashhh",
    "nooooo we lost", "sooo close", "this map is so bad",
    # Italian
    "che elo sei? io sono platino", "sono proprio scarso oggi", "torna in base",
    "disinstallo sto gioco",
)

HELD_SWEARING: tuple[str, ...] = (
    "shit that was so close", "holy fuck what a play", "damn nice shot",
    "FUCK YEAH WE WON", "fucking hell this ping", "shit i died again",
)
