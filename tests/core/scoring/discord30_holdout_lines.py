"""The discord30 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "u took a massive L 💀", "you took a massive L lmao", "u took a giant L lol",
    "you just took a huge L lol", "u took a major L lmfao", "u took a big L lol",
    "ya took a massive L bro", "you took such a massive L", "u took a massive L",
    "u took a fat L", "u took a giant L", "you took a big L lmao", "u really took a major L",
    "nah u took a massive L", "u took a massive L and u know it",
    "ur weird bro", "ur so weird lol", "you're weird", "youre so weird",
    "ur actually weird", "ur literally weird", "you are so weird", "ur weird af",
    "u r weird", "ur kinda weird ngl", "stop being so weird", "nah ur weird",
    "you're lowkey weird", "ur honestly so weird", "ur such a weirdo lol",
    "you didnt even read it", "u thought u ate", "imagine being this mid",
    "bro thinks he's him", "nobody asked lol", "ok and? cry", "stay mad lol",
    "you fell off", "ur so annoying fr", "skill issue tbh",
)

HELD_CLEAN: tuple[str, ...] = (
    "i took a massive L lol", "we took a huge L tonight", "my team took a massive L",
    "the refs made us take a massive L", "they took a massive L in the finals",
    "did you take a big L?", "u took a massive L but u'll bounce back",
    "she said u took a massive L", "u didnt take a big L", "took a giant L on that trade",
    "u took a massive L, happens to everyone", "im taking a massive L today",
    "the stock took a massive L", "u took a huge L but ur still my fav",
    "this song is so weird", "the ending was weird af", "i'm weird lol",
    "im so weird sorry", "that's weird", "ur not weird",
    "ur weird and i love that", "ur so weird lol love u", "is it weird to ask?",
    "she said ur weird, dont listen", "the vibes were weird", "weird how that works",
    "the weirdo character is my fav", "stop being weird about it, its fine lol",
    "that's a weird bug", "my cat is so weird",
    "this show fell off", "the meta fell off", "nobody laughed at my bit lol",
    "i'm gonna cry about it", "i thought i did something", "imagine being this lucky",
    "skill issue on my part", "the game is weird today", "u seem tired, u good?",
    "weird flex but ok lol",
)

HELD_SWEARING: tuple[str, ...] = (
    "shit that was close", "fuck this level lol", "damn that was fucking clean",
    "holy fuck we did it", "hell yeah lets go", "shit my wifi died",
)
