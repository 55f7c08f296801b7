"""The discord27 probe (issue 8): Discord lines between teenagers in the round's shapes
("skill issue" pinned on a member: the member's own, the member having it, on the
member's part, with a put-down tag; a member called stupid by comparison: "ur as smart
as a brick", "you have the brains of a rock") and clean chat that looks alike (the same
words at no one, at oneself or at a thing, a bare "skill issue" meme, a question, a
denial, praise, kind turns). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # "skill issue" pinned on the reader
    "ur skill issue is showing", "your skill issue is showing again lol",
    "u have a skill issue", "you have a massive skill issue", "sounds like u have a skill issue",
    "you got a skill issue bro", "u just have a skill issue", "skill issue on ur part",
    "skill issue on your end", "thats a skill issue on ur part lol", "skill issue from u tbh",
    "skill issue kid", "skill issue bozo", "skill issue lol clown", "massive skill issue loser",
    "sounds like a skill issue on ur end", "ur the skill issue", "you're the skill issue here",
    "ur whole skill issue is embarrassing",
    # the reader called stupid by comparison
    "ur as smart as a brick", "you're as smart as a rock", "ur about as smart as a potato",
    "you are as sharp as a spoon", "ur as bright as a brick lol", "u r as smart as a doorknob",
    "you're about as sharp as a bowling ball", "ur as smart as a bag of rocks",
    "you have the brains of a rock", "u have the brains of a potato",
    "you got the brains of a brick", "u got the brain of a rock lol",
    "bro ur as smart as a rock", "ngl ur as smart as a toaster",
    # older shapes kept
    "u have the iq of a potato", "ur literally an npc", "who asked tho",
)

TUNE_CLEAN: tuple[str, ...] = (
    # "skill issue" at no one, the writer or a thing
    "skill issue", "skill issue tbh", "my skill issue tbh", "skill issue on my part",
    "i have a skill issue with this boss", "i got a skill issue fr", "pure skill issue from me",
    "my skill issue is showing lol", "is it a skill issue or lag?", "skill issue is such a meme",
    "someone said skill issue to me in vc", "do u have a skill issue or is it ping?",
    "you don't have a skill issue, the boss is broken", "ur not the skill issue, the lag is",
    "skill issue on the devs part honestly", "that boss is a skill issue check",
    # comparisons at no one, oneself, a thing, or praise
    "i'm as smart as a rock lol", "im about as sharp as a spoon today",
    "this bot is as smart as a brick", "the ai is as smart as a potato",
    "ur as smart as a fox", "you're as sharp as a tack", "you are as bright as the sun",
    "i have the brains of a rock rn", "this brick is heavy", "that joke was corny",
    "i have the memory of a goldfish", "the brains of a rock are tiny lol",
    "is ur cat as smart as a dog?", "you have the brains of a genius",
    # kind turns, game and show talk
    "ur skills are insane", "you have no skill issue at all, ur cracked",
    "the skill tree in this game is so good", "that boss took me 40 tries",
    "the show's plot is as smart as it gets", "ur as kind as ur mom lol",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit gg", "fuck this boss lol skill issue on my part", "damn that was a sick play",
    "shit my brain is as smart as a rock today", "fucking nice shot", "hell yeah we won",
)
