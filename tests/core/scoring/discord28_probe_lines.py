"""The discord28 probe (issue 8): Discord lines between teenagers in the round's shapes
(a member called a social flop: "ur so corny", "ur so dry", "ur actually unbearable",
"ur voice is so irritating"; a member's jokes, humor or voice put down: "ur jokes are so
corny", "ur humor is so bad") and clean chat that looks alike (the same words at no
one, at oneself or at a thing, kind turns, game and show talk). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the reader called a social flop
    "ur so corny", "you're so corny bro", "ur actually so corny", "u r so corny lol",
    "ur so dry", "you are so dry", "ur so dry its painful", "you're literally so dry",
    "ur actually unbearable", "you're unbearable", "ur lowkey unbearable ngl",
    "you are so insufferable", "ur insufferable fr", "you're so irritating",
    "ur honestly so irritating", "ur kinda corny ngl", "you're really corny",
    "ur corny af", "ur dry af lol",
    # the reader's jokes, humor, voice, vibe
    "ur jokes are so corny", "your humor is so dry", "ur voice is so irritating",
    "your jokes are corny af", "ur personality is so dry", "your laugh is unbearable",
    "ur humor is so bad", "your jokes are trash", "ur humor is trash lol",
    "your jokes are so bad bro", "ur vibe is so corny",
    # older shapes kept
    "ur so cringe", "ur so annoying", "ur not funny", "ur giving pick me energy",
    "go back to tiktok",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words at no one, oneself or a thing
    "that joke was corny", "this movie is so corny", "the ending was corny af",
    "this chat is so dry today", "i'm so dry lol", "im so dry today sorry",
    "the server is so dry rn", "my skin is so dry", "the heat is unbearable",
    "this lag is unbearable", "the boss music is so irritating", "my humor is so dry",
    "my jokes are corny i know", "his jokes are so corny", "corn on the cob is fire",
    "i love candy corn", "the corny dialogue is part of the charm",
    "is my humor too dry?", "are u dry or just tired?", "ur not corny at all",
    "you're not unbearable, relax", "ur jokes arent corny they're good",
    # kind turns, game and show talk
    "ur so funny", "ur jokes are so good", "your humor is elite", "ur voice is so nice",
    "the dry map in this game is cool", "the new season is so good",
    "that cutscene was unbearable to watch lol", "the weather is so dry here",
    "ur laugh is contagious lol", "your jokes are so funny",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit gg", "fuck this chat is dry today", "damn that joke was corny lmao",
    "shit this heat is unbearable", "fucking nice shot", "hell yeah we won",
)
