"""The discord43 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "fatherless behaviour", "fatherless ahh", "bot behavior", "incel energy fr",
    "weirdo ahh", "virgin behavior", "unfunny behavior", "npc behavior ngl",
    "cringe ahh reply", "loser behavior", "fatherless energy",
    "you type like a 6 year old", "u type like a bot", "you talk like a child",
    "ur talking like a toddler", "you sound like a 5 year old", "you text like a boomer bot",
    "u write like a kid", "you spell like a 2nd grader", "you type like a toddler fr",
    "didnt ask plus L", "didn't ask + L", "didnt ask + ratio",
    "ur adopted lol", "you are adopted", "you were adopted lmao",
    "ok nerd lol", "sure thing nerd", "whatever unfunny", "bye ugly ass", "cope nerd lol",
    "k nerd", "ugly ass lol", "shut up ugly ass", "ugly ass loser",
    "omg why are you like this", "why are you always like this", "why r u like this",
    "bro why are u like this", "ur so unfunny ahh",
)

HELD_CLEAN: tuple[str, ...] = (
    "fatherless behavior from me", "my cat has bot energy", "i type like a toddler rn",
    "i was adopted", "we adopted a puppy", "my brother is adopted", "is she adopted?",
    "im such a nerd for this game", "nerd culture is fun", "my nerd friends are the best",
    "this movie is unfunny", "that bit was unfunny", "ugly ass sweater lol",
    "this ugly ass map", "npc energy in that quest", "the npcs have bot energy",
    "i talk like a child when im tired", "do i type like a bot?", "you type like a poet",
    "you sound like a pro", "you look like your dad", "he said you talk like a toddler",
    "she said you're adopted", "\"ok nerd\" is an old meme", "why am i like this lol",
    "why is this like this", "why is the server like this", "i didnt ask for help",
    "didnt ask for extra cheese", "nobody asked me to help but i did",
    "ur mid", "skill issue tbh", "who let bro cook lol", "no maidens?", "ok cool",
    "sure thing", "whatever works", "bye guys", "ok bro", "k see you",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit that was clean", "damn that boss fight was ass", "fuck yes new update",
    "shit this game slaps", "hell yeah gg", "this fucking song goes hard",
)
