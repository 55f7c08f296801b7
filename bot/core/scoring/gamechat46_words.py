"""Word lists of the gamechat46 round (targeting_gamechat46.py): the "says the noob
pudge" retort, a name-call closing "not today" ("not today cunt"), and a person-only swear
noun for players after "those" / "these" ("those 2 little cunts")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat40_words as g40

# fmt: off
# The retort's verb: "says the noob pudge", "said the clown pa". Only chat's openers may
# stand before it ("oh says the idiot"): a subject makes it reported speech ("he says the
# noob was afk").
RETORT_VERBS: Final[frozenset[str]] = frozenset({"says", "said", "sez", "sayz"})
RETORT_DETERMINERS: Final[frozenset[str]] = frozenset({"the", "a", "mr", "mister"})
# Words that may stand between the determiner and the name-call hit: "says the 0-10
# noob", "says the same idiot", "says the real clown".
RETORT_MODIFIERS: Final[frozenset[str]] = frozenset({
    "same", "real", "actual", "biggest", "big", "little", "lil", "enemy", "fucking", "fkin",
    "feeding", "afk",
})
RETORT_MODIFIER_REACH: Final[int] = 2
OPENERS: Final[frozenset[str]] = g40.OPENERS | frozenset({
    "oh", "ohh", "ahh", "ah", "lmfao", "hahaha", "hahah", "hah", "xdd", "kek", "lel",
})
OPENER_REACH: Final[int] = 3
# The words "not" denies before a vocative name-call ("not today cunt", "not this time
# idiot", "not on my watch noob"): the denial is of the time or the outcome, not of the
# name-call. Each a phrase read word by word after "not".
NOT_PHRASES: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("today",), ("now",), ("again",), ("tonight",), ("yet",), ("me",), ("happening",),
    ("this", "time"), ("this", "game"), ("so", "fast"), ("on", "my", "watch"),
    ("a", "chance"), ("gonna", "happen"), ("in", "this", "life"),
})
NOT_WORD: Final[str] = "not"
NOT_PHRASE_REACH: Final[int] = 3
# Chat's pleas between the phrase and the name-call: "not me pls idiot".
PLEAS: Final[frozenset[str]] = frozenset({"pls", "plz", "please", "lol", "lmao", "xd", "haha"})
PLEA_REACH: Final[int] = 1
# A copula before "not" makes it a claim about someone ("he is not today's noob"):
# never this round's shape.
COPULAS: Final[frozenset[str]] = frozenset({
    "is", "are", "am", "was", "were", "be", "been", "im", "m", "s", "re", "isnt", "aint",
})
# Addressees of a saying, not name-calls of the reader: "not today satan".
SAYINGS: Final[frozenset[str]] = frozenset({"satan", "devil", "demon", "demons"})
# Plural swear nouns that only name people (never a thing: "these fuckers are heavy",
# "those bastards won't open" stay out), said of players after "those" / "these".
PERSON_SWEARS: Final[frozenset[str]] = frozenset({
    "cunts", "kunts", "fucktards", "dickheads", "assholes", "arseholes", "wankers", "twats",
    "cocksuckers", "shitheads", "scumbags",
})
DEMONSTRATIVES: Final[frozenset[str]] = frozenset({"those", "these", "dem", "them"})
# Words between the demonstrative and the noun: "those 2 little cunts", "these stupid
# assholes".
SWEAR_MODIFIERS: Final[frozenset[str]] = frozenset({
    "2", "3", "4", "5", "two", "three", "four", "five", "little", "lil", "stupid", "dumb",
    "fucking", "fkin", "fuckin", "fking", "shit", "shitty", "useless", "braindead",
    "toxic", "russian", "feeding",
})
SWEAR_MODIFIER_REACH: Final[int] = 2
# Before the demonstrative: affection for the writer's people ("i love these cunts",
# "miss those cunts", "my boys these cunts") or a report of the word ("he called us those
# cunts"): the older reading stands.
KEPT_BEFORE: Final[frozenset[str]] = frozenset({
    "love", "luv", "loves", "loved", "miss", "missed", "missing", "like", "my", "our", "mates",
    "boys", "lads", "call", "called", "calls", "calling", "said", "says", "say",
})
KEPT_REACH: Final[int] = 4
# A chat line's length in tokens: a longer message is a post, where "fuck these cunts."
# opens a claim about people at large, left to the older rules; a chat export's lines,
# joined by "|" (CHAT_BREAK), are each read as one.
CHAT_LINE_LENGTH: Final[int] = 12
CHAT_BREAK: Final[str] = "|"
# fmt: on
