"""The discord27 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with other wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "ur skill issue is crazy", "your skill issue is unreal lmao", "u have a huge skill issue",
    "you have such a skill issue", "sounds like you have a skill issue", "u got a skill issue fr",
    "you clearly have a skill issue", "skill issue on your part", "skill issue on ur end lol",
    "that's a skill issue on your part", "skill issue from you honestly", "skill issue loser",
    "skill issue clown", "skill issue lil bro", "huge skill issue kid",
    "sounds like a skill issue on your part", "ur the real skill issue", "you are the skill issue",
    "ur skill issue is showing bozo", "u have a skill issue ngl",
    "ur as smart as a rock", "you're as smart as a brick lol", "ur about as smart as a doorknob",
    "you are as sharp as a marble", "ur as bright as a potato", "u r as smart as a brick fr",
    "you're about as smart as a box of rocks", "ur as sharp as a butter knife",
    "you have the brains of a potato", "u have the brains of a brick",
    "you got the brains of a doorknob", "u got the brain of a potato",
    "bro ur as smart as a brick", "tbh ur as smart as a spoon", "honestly ur as sharp as a rock",
    "you're as smart as a bag of bricks", "ur as clever as a rock lol",
    "you have the brains of a rock fr", "ur about as bright as a rock",
    "u literally have the brains of a brick",
)

HELD_CLEAN: tuple[str, ...] = (
    "skill issue fr", "skill issue honestly", "my skill issue again lol", "skill issue on my end",
    "i have a massive skill issue", "i got a huge skill issue with parries",
    "total skill issue from me", "my skill issue is unreal", "is this a skill issue or a bug",
    "skill issue is an overused meme", "my friend said skill issue to me lol",
    "do you have a skill issue or is it the controller?",
    "you don't have a skill issue, that level is broken",
    "you're not the skill issue, the matchmaking is",
    "skill issue on the game's part tbh", "that raid is a skill issue filter",
    "i'm as smart as a brick today", "im about as sharp as a marble rn",
    "this npc is as smart as a rock", "the new ai is as smart as a brick",
    "ur as smart as an owl", "you're as sharp as a knife", "you are as bright as a star",
    "i have the brains of a potato lol", "this rock is heavy", "that movie was so corny",
    "i have the attention span of a goldfish", "the brains of a potato are not a thing",
    "is ur dog as smart as a cat?", "you have the brains of a scientist",
    "ur skill is insane", "you don't have any skill issue, ur goated",
    "the skill cap in this game is high", "that boss took me forever",
    "the writing is as smart as it gets", "ur as sweet as ur sister",
    "you're as fast as a cheetah", "my cat is as smart as a rock lol",
    "who is the skill issue in this duo, me", "can someone explain skill issue",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit that was clean", "fuck me skill issue on my end", "damn gg",
    "shit im as smart as a brick today", "fucking insane clutch", "hell yeah lets go",
)
