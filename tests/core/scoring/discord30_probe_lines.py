"""The discord30 probe (issue 8): Discord lines between teenagers in the round's shapes
(a member told they took a big L: "u took a massive L lol"; a member called weird: "ur
so weird") and clean chat that looks alike (the same words said of oneself, a thing or
a friend with a kind word, reported, asked, denied). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the reader took a big L
    "u took a massive L lol", "you took a massive L", "u took a huge L",
    "u just took a giant L lmao", "you took a major L bro", "u took a big L 💀",
    "you really took a massive L", "u took a fat L lmao", "ya took a massive L lol",
    "u took such a massive L", "bro u took a giant L",
    # the reader called weird
    "ur weird", "ur so weird", "you're so weird", "ur literally so weird",
    "ur lowkey weird ngl", "you are weird af", "u r so weird", "stop being weird",
    "bro ur weird", "ur weird asf", "you're actually weird", "ur such a weirdo",
    # older shapes and other mockery
    "you didn't even read it did you", "u really thought u did something",
    "imagine being this bad", "bro thinks he's funny", "nobody laughed",
    "ok and? nobody cares", "cry about it", "stay mad", "ur ratio'd",
    "L + ratio + you fell off",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the L at oneself, a thing, asked, consoled
    "i took a massive L today", "i took a huge L on that test", "we took a massive L",
    "our team took a massive L last night", "the lakers took a massive L",
    "did u take a massive L on the quiz?", "u took a massive L, it happens, next time",
    "he said u took a massive L lol", "u didnt take a massive L at all",
    "took a massive L on my build lol", "u took a big L but ur still the goat",
    # weird at a thing, oneself, kind
    "this game is so weird", "the update is weird af", "i'm so weird lol",
    "im weird i know", "that's so weird", "ur not weird at all",
    "ur weird but i love u", "ur so weird lol ily", "is it weird if i join?",
    "he said ur weird, ignore him", "my dream was so weird", "stop being weird about the price lol",
    "the weirdo in the movie was funny", "weird flex but ok",
    # other look-alikes
    "this game fell off", "the server fell off ngl", "nobody laughed at my joke",
    "i cried about it", "u thought u did bad but u did great", "imagine winning the lottery",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was sick", "damn this game is fucking hard", "fuck yeah we won",
    "shit i forgot my charger", "that boss is hard as hell lmao", "bro this map is fucking huge",
)
