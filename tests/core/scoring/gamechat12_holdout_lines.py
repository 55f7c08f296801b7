"""The twelfth game-chat probe's held-back batch (issue 8), written after the studied
lines and before any rule; counted only at the start and the end of the round."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "how are you so bad at this", "ur actually terrible lol", "how is our sup this bad",
    "u r so trash", "just uninstall already", "uninstall and go outside",
    "go back to gold kid", "back to bronze noob", "kys noob", "kill yourself loser",
    "pls kill ur self", "ez clap noobs", "cry harder kid", "mald more", "stay bad kid",
    "dogshit mid", "trash jungler", "braindead support", "useless carry",
    "healer you are trash", "jungle you suck", "adc diff", "mid diff gg",
    "ff our top is inting", "this dude is inting", "stop inting moron",
    "reported for griefing noob",
    "stop feeding retard", "thanks for nothing idiot", "ur mom gay", "your mother is a slut",
    "u r 5o b4d", "n0ob team", "nub", "trashh", "YOU ARE USELESS", "STOP BEING SO BAD",
    "IDIOT JUNGLE", "garbage players", "worst team in the world", "team full of idiots",
    "our sova is braindead", "shut ur mouth noob", "get good trash", "you play like a bot",
)

HELD_SWEARING: tuple[str, ...] = (
    "fucking great play", "shit that was close", "fuck i forgot to buy", "holy fuck nice",
    "damn good game", "what the hell was that lol", "this lag is fucking insane",
    "fuck me that hurt", "oh shit nice", "hell no im not going there",
    "shit happens", "fucking finally",
)

HELD_OTHER_CLEAN: tuple[str, ...] = (
    "kill the mid", "focus the healer", "she's a monster this game", "that carry is a beast",
    "i'm so trash today lol", "i'm garbage on this champ", "i suck with snipers",
    "that play was sick", "gg well played", "ggs", "i'm dead lol", "report the bug pls",
    "sorry i'm feeding", "sorry guys i threw", "my fault", "sup go bot", "mid wants farm",
    "jungle come top", "need a tank", "push mid", "ff 20?", "we can win this",
    "go back to fountain", "back to base and heal", "the boss is trash",
    "this map is garbage", "their carry is fed", "kill their sup", "nice ult tank",
    "thanks mid", "wp team", "nice carry", "my mom is calling brb", "the bot lane won",
)

HELD_CLEAN: tuple[str, ...] = HELD_SWEARING + HELD_OTHER_CLEAN
