"""Word lists of the discord27 round (targeting_discord27.py): "skill issue" pinned on a
member ("ur skill issue is showing", "u have a skill issue", "skill issue on ur part",
"skill issue kid") and a member called stupid by a comparison ("ur as smart as a brick",
"you have the brains of a rock")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's lexicon lines for "skill issue" (insult.txt, discord27): a bare "skill
# issue" is a meme or a shrug (older probes keep it clean), so read only when pinned on
# the reader.
SKILL_ISSUE: Final[frozenset[str]] = frozenset({"skill issue"})
# Before the term, skipped on the way to the reader: articles and sizes ("such a massive").
ISSUE_GAP: Final[frozenset[str]] = frozenset({
    "a", "such", "massive", "huge", "big", "major", "serious", "real", "clear", "whole",
    "total", "pure", "absolute", "insane", "crazy", "bad", "giant", "the",
})
ISSUE_GAP_REACH: Final = 3
# The reader's possessive right before ("ur skill issue", "your whole skill issue").
POSSESSIVES: Final[frozenset[str]] = frozenset({"ur", "your", "yur"})
# The reader having it: "u (just) have a skill issue", "you got a skill issue".
HAVE: Final[frozenset[str]] = frozenset({"have", "got", "ve", "gotta"})
HAVE_ADVERBS: Final[frozenset[str]] = frozenset({
    "just", "clearly", "really", "literally", "obviously", "definitely", "def", "simply",
    "lowkey", "kinda", "got", "ve", "still", "actually",
})
READERS: Final[frozenset[str]] = frozenset({"u", "you", "ya", "yall"})
# The reader as it: "ur the skill issue", "you're the real skill issue".
READER_COPULAS: Final[frozenset[str]] = frozenset({"ur", "youre", "ure"})
COPULAS: Final[frozenset[str]] = frozenset({"are", "r", "re"})
# After the term, the reader's part: "on ur part", "on your end", "from you".
ON: Final = "on"
PARTS: Final[frozenset[str]] = frozenset({"part", "end", "side"})
FROM: Final = "from"
# Put-down vocatives after a bare term ("skill issue kid", "skill issue lil bro"); with
# only chat tags after it ("skill issue tbh", "skill issue bro") it stays a meme.
PUT_DOWNS: Final[frozenset[str]] = frozenset({
    "kid", "kiddo", "bozo", "clown", "loser", "noob", "nerd", "buddy", "pal", "lil",
    "little", "dork", "scrub", "bot",
})
TAGS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "xd", "💀", "😂", "🤣", "fr", "frfr", "ngl", "tbh", "bro", "bruh",
    "dude", "honestly", "ratio", "ong", "haha", "man", "af", "tho",
})
TAIL_REACH: Final = 4
# Not the reader's: "you don't have", "ur not the skill issue" stop the walk by not
# being in the lists above.

# The comparisons (insult.txt, discord27): "as smart as a", "as sharp as a".
AS_SMART: Final[frozenset[str]] = frozenset({
    "as smart as a", "as sharp as a", "as bright as a", "as clever as a",
})
# Before "as": hedges between the reader's copula and the comparison ("ur about as").
AS_GAP: Final[frozenset[str]] = frozenset({
    "about", "just", "literally", "almost", "roughly", "exactly", "basically", "honestly",
    "lowkey", "prob", "probably",
})
AS_GAP_REACH: Final = 2
# The dull things the reader is likened to ("a brick", "a bag of rocks", "a spoon"); a
# praised one ("a fox", "a tack", "a whip") is not in the list and stays clean.
DULL: Final[frozenset[str]] = frozenset({
    "rock", "rocks", "brick", "bricks", "potato", "doorknob", "spoon", "bowling", "bag",
    "box", "toaster", "marble", "butter", "plank", "wall", "stick", "sponge", "carrot",
    "loaf", "pebble", "stone", "log", "chair", "bucket", "turnip", "cabbage", "paperweight",
    "lamp", "fence", "post", "goldfish", "houseplant", "banana", "tree",
    "shoe", "sock", "crayon", "pancake", "cardboard",
})
# The said-of idiom with "brains" (forum4's reading of "the brain of a"), plural.
BRAINS: Final[frozenset[str]] = frozenset({"the brains of a", "the brains of an"})
# fmt: on

OWN_TERMS: Final[frozenset[str]] = SKILL_ISSUE | AS_SMART
