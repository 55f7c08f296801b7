"""Word lists of the discord28 round (targeting_discord28.py): a member called a social
flop ("ur so corny", "ur so dry", "ur unbearable", "stop being so corny") and a member's
jokes, humor or voice put down ("ur jokes are so corny", "ur humor is trash")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord21_words as d21

# fmt: off
# The round's lexicon lines (insult.txt, discord28). No bare "corny" (its typo "corn"
# would be a lexicon word), no "irritating" (a said-of-group word, group_predicates.py)
# and no phrase opened by "actually" or "really" (new anchors on everyday words).
FLOPS: Final[frozenset[str]] = frozenset({
    "so corny", "corny af", "corny asf", "the corniest", "so dry", "dry af", "dry asf",
    "unbearable", "so unbearable",
})
# Older terms read in the thing shape only ("ur humor is so bad", "ur jokes are trash",
# "ur jokes are so lame"); elsewhere their older readings stand.
OLD_FLOPS: Final[frozenset[str]] = frozenset({
    "so bad", "trash", "so trash", "garbage", "terrible", "awful", "so lame", "so boring",
    "not funny", "not even funny",
})
# The member's part that is put down: "ur jokes", "your humor", "ur voice".
THINGS: Final[frozenset[str]] = frozenset({
    "joke", "jokes", "humor", "humour", "voice", "laugh", "personality", "vibe", "vibes",
    "texts", "rizz", "memes", "puns", "comebacks", "roasts", "aura",
})
POSSESSIVES: Final[frozenset[str]] = frozenset({"ur", "your", "yur"})
THING_COPULAS: Final[frozenset[str]] = frozenset({"is", "are", "r", "s", "iz"})
# Between the reader (or the copula) and the term: "ur literally so dry", "ur lowkey
# unbearable"; "not" is not here, so "ur not corny" is no one's.
ADVERBS: Final[frozenset[str]] = d21.ADVERBS | frozenset({"lowkey", "highkey", "always"})
ADVERB_REACH: Final = 2
# The reader before the trait: "ur", "youre", "your" (chat's "you're"), "u r", "you are".
READER_ONE: Final[frozenset[str]] = frozenset({"ur", "youre", "your", "yur", "ure"})
READER_TWO: Final[frozenset[tuple[str, str]]] = frozenset({
    ("u", "r"), ("you", "re"), ("you", "are"), ("u", "are"), ("u", "re"), ("ya", "re"),
})
# Chat openers before the reader opening the sentence ("bro ur so corny").
OPENERS: Final[frozenset[str]] = d21.OPENERS | frozenset({
    "omg", "nah", "yo", "dawg", "pls", "plz", "please", "just",
})
OPENER_REACH: Final = 2
# An order to stop: "stop being so corny", "pls stop being so dry".
STOP: Final = "stop"
BEING: Final = "being"
# A kind word after the term: "ur so corny lol ily", "ur jokes are so bad theyre good".
KIND_AFTER: Final[frozenset[str]] = d21.KIND_AFTER | frozenset({
    "good", "cute", "adorable", "funny", "love",
})
KIND_REACH: Final = 8
# fmt: on

OWN_TERMS: Final[frozenset[str]] = FLOPS
