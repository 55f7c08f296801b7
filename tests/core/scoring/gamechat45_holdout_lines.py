"""The gamechat45 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "pos 4 is a bot", "pos 2 is trash lol", "our pos 5 is useless", "this pos 1 is a noob",
    "pos 3 garbage", "lol pos 4 is a bot", "our 1 is a bot", "our 4 is trash gg",
    "position 5 is an idiot", "the 3 is a bot", "omg our 2 is useless", "ff pos 1 is braindead",
    "pos5 is a retard", "soft support is a bot", "hard support is trash lol",
    "our soft support is braindead", "our offlaner is a noob", "gg hard support useless",
    "ff at 15 this support is a bot", "ff at 20 our mid is trash", "ff now pa is useless",
    "gg go next this carry is a noob", "ff at 10 our pos 2 is a bot",
    "just ff our offlaner is braindead", "ff at 15 this jugg is a bot",
    "ff 15 our hard support is useless", "report him our 5 is a bot",
    "ff at 20 this am is a noob", "gg ff this jungler is an idiot", "ff at 30 pos 1 is trash",
    "sf 0/10 lol", "wr 0/10 gg", "void 1/10 report", "pos 2 0-11 lol", "pos 4 0/9 gg",
    "our pos 5 is 1-12", "pos 1 went 0-10 lol", "our 1 0-8 gg", "report pos 3 0-9",
    "cm 0/10 uninstall",
)

HELD_CLEAN: tuple[str, ...] = (
    "pos 4 stack camps pls", "void farming jungle", "es needs blink", "wr mid 3/1 good",
    "pos 4 is es", "our 4 is bot with cm", "pos 2 is the mid this game", "pos 1 is jugg",
    "4 is bot lane", "pos 3 is off, 4 roams", "the 4 is at top", "our 5 is a legend",
    "pos 2 0/2 still fine", "pos 4 3-1 good lane",
    "pos 5 is useless in this meta", "hard support is useless in this patch",
    "soft support is a hard role", "pos 3 is trash tier in this patch",
    "ff at 20? no way we win late", "ff at 25 if they take mega", "ff at 15, their mid is too fed",
    "gg go next, our carry tried",
    "our pos 4 isn't a bot, he's lagging", "is pos 1 a bot or afk?",
    "he said our 5 is trash", "pos 4 is not useless, chill",
    "i'm pos 4 and i'm useless today sorry", "i'm a noob at pos 5 sorry",
    "i'm 0-10 my bad", "sorry guys i went 1-12", "score is 1-11 dont give up",
    "2/10 would not pick",
    "i rate this hero 1/10", "kills 0-10 push now", "pos 5 wards up", "jugg is farming well",
    "am has bf at 14", "pa needs a bkb", "kotl mid nice", "ogre pos 5 good pick",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit pa that crit", "fuck yeah what a comeback", "damn that was a clean teamfight",
    "shit, i forgot my wards", "holy fuck that rampage", "fucking love this patch",
)
