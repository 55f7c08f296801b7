"""Words of the discord21 round (issue 8): Discord chat shapes read by
targeting_discord21.py."""

from __future__ import annotations

from typing import Final

# fmt: off
# A trait pinned on the reader: "ur so toxic", "ur not funny", "you are so lame". The
# term holds the trait and its "so" or "not"; the reader's "ur" (at most ADVERB_REACH of
# ADVERBS between) must open the sentence.
TRAITS: Final[frozenset[str]] = frozenset({
    "so toxic", "so lame", "so boring", "toxic af", "toxic asf", "not funny", "not even funny",
    "not that funny", "cosi noioso", "cosi noiosa", "cosi tossico", "cosi tossica",
    "so childish", "so immature", "so cocky",
})
ADVERBS: Final[frozenset[str]] = frozenset({
    "literally", "honestly", "actually", "really", "just", "lowkey", "highkey", "genuinely",
    "kinda", "truly", "deadass", "fr", "always", "still", "even", "proprio", "davvero",
    "veramente", "sempre",
})
ADVERB_REACH: Final = 2
# The reader as the subject, read backwards from the trait: "ur", "u r", "you re",
# "you are", "your" (a common spelling of "you're" before "so" or "not").
READER_ONE: Final[frozenset[str]] = frozenset({"ur", "youre", "your", "yur", "sei"})
READER_TWO: Final[frozenset[tuple[str, str]]] = frozenset({
    ("u", "r"), ("you", "re"), ("you", "are"), ("u", "are"), ("u", "re"), ("ya", "re"),
})
# Before the reader's "ur" opening the sentence: "bro ur so toxic", "omg ur so lame".
OPENERS: Final[frozenset[str]] = frozenset({
    "bro", "bruh", "dude", "omg", "man", "honestly", "like", "ngl", "tbh", "god", "ok",
    "okay", "and", "but", "yeah", "yea", "lol", "lmao", "ma", "raga", "boh", "tu", "e",
})
OPENER_REACH: Final = 1
# A kind word after the trait: "ur not funny, ur hilarious", "ur so lame lol ily".
KIND_AFTER: Final[frozenset[str]] = frozenset({
    "hilarious", "genius", "funniest", "legend", "jk", "ily", "love", "luv", "ilysm",
    "kidding", "joking", "comedian", "comedy", "best", "iconic", "scherzo", "ti", "voglio",
    "bene", "esilarante", "simpatico", "simpatica",
})
KIND_REACH: Final = 8
# A mocking reply sent whole: "non sei divertente", "ma non fai ridere". At most
# REPLY_LEAD_REACH of REPLY_LEADS before it opening the sentence, then only chat tags to
# the clause's end.
REPLIES: Final[frozenset[str]] = frozenset({
    "non sei divertente", "non sei per niente divertente", "non fai ridere",
})
REPLY_LEADS: Final[frozenset[str]] = frozenset({
    "sounds", "like", "a", "thats", "that", "s", "massive", "huge", "big", "major", "clear",
    "total", "such", "ok", "okay", "and", "so", "just", "typical", "def", "definitely",
    "e", "quindi", "ma", "tanto",
})
REPLY_LEAD_REACH: Final = 3
# The writer opening the clause after a reply: "non sei divertente, io sì".
WRITER: Final[frozenset[str]] = frozenset({
    "i", "im", "ill", "ive", "id", "my", "me", "mine", "myself", "io", "mi", "sono",
})
# The worst of a server role sent whole: "worst mod ever", "worst admin in history".
WORST: Final[frozenset[str]] = frozenset({"worst", "the worst"})
ROLES: Final[frozenset[str]] = frozenset({
    "mod", "mods", "admin", "admins", "moderator", "moderators", "owner",
})
WORST_TAIL: Final[frozenset[str]] = frozenset({
    "ever", "in", "history", "alive", "on", "earth", "of", "all", "time", "here",
})
TAIL_REACH: Final = 5  # tags after a whole-line term
# fmt: on
