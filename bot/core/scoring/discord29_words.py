"""Word lists of the discord29 round (targeting_discord29.py): dislike said to a face
("i can't stand you", "i cant stand him") and the reader likened to a useless or dull
thing ("you are as sharp as a marble", "ur as useful as a chocolate teapot")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord21_words as d21
from bot.core.scoring import discord27_words as d27
from bot.core.scoring import discord28_words as d28

# fmt: off
# The older aversion terms (insult.txt): "can't stand" (split "can t"), "cant", "cannot".
STAND: Final[frozenset[str]] = frozenset({"can t stand", "cant stand", "cannot stand"})
# The writer holding the dislike, right before the term: "i (really) can't stand".
WRITER: Final = "i"
# Between the writer and the term: "i literally cant stand", "i just cannot stand".
STAND_GAP: Final[frozenset[str]] = d21.ADVERBS | frozenset({
    "just", "really", "literally", "honestly", "genuinely", "seriously", "lowkey",
    "highkey", "actually", "fr", "still", "truly",
})
STAND_GAP_REACH: Final = 2
# Chat openers before the line (the writer left out or not): "ugh i can't stand you",
# "omg i cant stand you", "honestly i cant stand u".
OPENERS: Final[frozenset[str]] = d28.OPENERS | frozenset({
    "ugh", "honestly", "tbh", "ngl", "literally", "man", "dude", "god", "jeez", "like",
})
OPENER_REACH: Final = 2
# The one disliked, present: the reader or a person beside the writer.
PRESENT: Final[frozenset[str]] = frozenset({
    "you", "u", "ya", "yall", "him", "her", "yous", "youse",
})
# Only chat tags may follow the one disliked to the sentence's end: "cant stand you
# fr", "i can't stand you guys", "i cant stand u anymore"; "i can't stand you leaving"
# (a wish to keep them) is no dislike of them.
TAILS: Final[frozenset[str]] = frozenset({
    "fr", "frfr", "tbh", "ngl", "anymore", "rn", "bro", "bruh", "man", "dude", "honestly",
    "literally", "omg", "ugh", "smh", "either", "too", "guys", "all", "two", "sometimes",
    "at", "so", "much", "right", "now", "ong", "lowkey", "fam", "srsly", "seriously",
})
TAIL_REACH: Final = 4
# A kind word or a joke's mark after it: "i cant stand you lol ily".
KIND_AFTER: Final[frozenset[str]] = d28.KIND_AFTER | frozenset({"u2", "ilysm", "bestie"})
KIND_REACH: Final = 8

# The round's lexicon lines (insult.txt, discord29): more comparisons of the reader.
COMPARISONS: Final[frozenset[str]] = frozenset({
    "as useful as a", "as helpful as a", "as funny as a", "as entertaining as a",
    "as interesting as a",
})
# Every comparison this round aims: its own and discord27's ("as sharp as a").
ALL_COMPARISONS: Final[frozenset[str]] = COMPARISONS | d27.AS_SMART
# Useless or dull things the reader is likened to, beyond discord27's DULL; "marbles" is
# how the spelling fix reads "marble". A praised one ("a tack", "a comedian", "a star")
# is not here and stays clean.
USELESS: Final[frozenset[str]] = d27.DULL | frozenset({
    "marbles", "chocolate", "screen", "wet", "broken", "paper", "funeral", "spreadsheet",
    "napkin", "teapot", "kettle", "umbrella", "black", "soggy", "dead", "empty",
    "brick", "traffic", "tax", "dial", "dvd", "fax", "doorstop", "ashtray", "parking",
})
# Between the reader's copula and the comparison: "ur about as useful as".
AS_GAP: Final[frozenset[str]] = d27.AS_GAP
AS_GAP_REACH: Final = 2
# fmt: on

OWN_TERMS: Final[frozenset[str]] = COMPARISONS
