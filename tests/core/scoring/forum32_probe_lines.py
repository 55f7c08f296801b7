"""The forum32 probe (issue 8): forum comments that run down the poster, the author or
another commenter without a slur or a "you are X": competence denied ("the author clearly
has no idea what he's talking about", "op has zero clue what they're on about", "this guy
doesn't know the first thing about economics") and contempt for the commenter's mind
("people like you are the reason this sub is dying", "imagine being this dense", "another
braindead take", "found the incel"); and the clean lines in the same words (disagreement
about ideas, self-deprecation, "no idea" as plain ignorance, praise). Written before any
rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # competence denied: no idea / no clue what they are talking about
    "the author clearly has no idea what he's talking about",
    "op has zero clue what they're on about",
    "this writer has no idea what she is talking about",
    "the guy who wrote this has no clue what he's saying",
    "whoever wrote this article obviously has no idea what they are doing",
    "op has absolutely no clue what he's talking about lol",
    "the commenter above has no idea what he's on about",
    "this journalist clearly doesn't have a clue what she's talking about",
    "you have no idea what you're talking about",
    "u have zero clue what ur on about",
    # the first thing
    "this guy doesn't know the first thing about economics",
    "the author does not know the first thing about nutrition",
    "op doesn't know the first thing about cars",
    "you don't know the first thing about history",
    # contempt for the commenter's mind or character
    "people like you are the reason this sub is dying",
    "people like you are why nobody takes this forum seriously",
    "it's people like you that ruin every thread",
    "imagine being this dense",
    "imagine being so dense you can't read a chart",
    "imagine being this stupid and still posting",
    "another braindead take from the usual suspects",
    "what a braindead comment",
    "the most braindead take i've read all week",
    "found the incel",
    "found the virgin",
    "this comment section is full of morons",
    "op is a clueless moron",
    "the author is a clueless hack",
    "only a clueless idiot would write this",
    "this has to be the dumbest take on the whole sub",
    "op is dumb as a rock",
    "the author is too dense to understand his own sources",
    "typical braindead redditor",
    "this clown has no idea what he's talking about",
    "another clueless writer pretending to be an expert",
)

TUNE_CLEAN: tuple[str, ...] = (
    # disagreement about ideas
    "i think the author is wrong about rates",
    "this take misses the point",
    "the author is mistaken about the timeline",
    "op has a point but the numbers are off",
    "i disagree with the writer on the tax part",
    # self-deprecation
    "i have no idea what i'm talking about, but",
    "i have zero clue what i'm doing lol",
    "i don't know the first thing about cars, can someone help",
    "i'm so dense sometimes, took me ages to get the joke",
    "imagine being me and forgetting my own password",
    # "no idea" as plain ignorance
    "op has no idea the store closed",
    "the author had no idea the bridge was shut that day",
    "she has no idea what time the show starts",
    "he had no clue the package arrived",
    "they have no idea how much we appreciate them",
    "you have no idea how happy this makes me",
    # praise in the same words
    "the author clearly knows what he's talking about",
    "people like you are the reason this sub is great",
    "people like you make this forum worth reading",
    "imagine being this talented",
    "imagine being this happy on a monday",
    "found the bug, it was in the config",
    "found the answer on page two",
    "another great take from the usual suspects",
    "this guy knows the first thing about economics and the last",
    "what a great comment",
    "the dense fog rolled in over the bay",
    "this cake is dense but tasty",
    # political jabs, not identity attacks
    "liberals are so predictable",
    "conservatives always say this",
    # reported / counter
    "calling op braindead is not helpful",
    "nobody here said you have no idea what you're talking about",
)

TUNE_SWEARING: tuple[str, ...] = (
    "this is fucking brilliant",
    "holy shit what a writeup",
    "damn this thread is gold",
    "fucking hell this article slaps",
    "best post on the sub, no bullshit",
    "shit, i never thought of it that way",
)
