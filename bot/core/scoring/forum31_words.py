"""Words of the forum31 round (issue 8, targeting_forum31.py)."""

from __future__ import annotations

from typing import Final

# fmt: off
# A faculty and its being verb, the round's own lexicon terms (en/insult.txt): read only
# in "op's brain is clearly empty", "your common sense is nonexistent", cancelled
# elsewhere ("my brain is tired", "the brain is an organ").
FACULTY_TERMS: Final[frozenset[str]] = frozenset({
    "brain is", "brains are", "brain cells are", "brain seems", "head is", "logic is",
    "common sense is", "critical thinking is", "iq is", "intelligence is",
    "self awareness is",
})
# An older term that names a faculty, read the same way with its being verb after it:
# "op's reading comprehension is clearly zero" (forum24's "reading comprehension").
OLDER_FACULTIES: Final[frozenset[str]] = frozenset({"reading comprehension"})
BEING: Final[frozenset[str]] = frozenset({"is", "are", "seems"})
# What a faculty is said to be when it is missing: "op's brain is clearly empty".
MISSING: Final[frozenset[str]] = frozenset({
    "empty", "zero", "nonexistent", "nil", "smooth", "braindead", "fried", "mush",
    "dead", "broken", "gone", "missing", "absent", "nonexistant",
})
# "brain dead", "non existent" spelt as two words.
MISSING_TWO: Final[frozenset[tuple[str, str]]] = frozenset({
    ("brain", "dead"), ("non", "existent"), ("non", "existant"),
})
# Between the faculty's verb and the verdict: hedges and "seems to be".
FILLERS: Final[frozenset[str]] = frozenset({
    "clearly", "obviously", "literally", "honestly", "really", "basically", "totally",
    "completely", "absolutely", "apparently", "evidently", "seriously", "just", "so",
    "fully", "entirely", "still", "to", "be", "pretty", "utterly",
})
FILLER_REACH: Final[int] = 4
# The possessor's "s" ("op's", "the author's") and the reader's possessives.
POSSESSIVE: Final[str] = "s"
YOUR: Final[frozenset[str]] = frozenset({"your", "ur", "yur"})
# "this guy", "that dude": one person of the thread named by a demonstrative.
GUYS: Final[frozenset[str]] = frozenset({"guy", "dude", "writer", "person", "clown"})
THIS: Final[frozenset[str]] = frozenset({"this", "that"})
# The reader as the subject: "you clearly don't have a brain".
YOU: Final[frozenset[str]] = frozenset({"you", "u", "ya"})
# Terms opening with a denied "have" or a lack ("doesn't have a clue", "lacks a clue"):
# the term's own first word is its verb.
DENIED_VERBS: Final[frozenset[str]] = frozenset({
    "doesn", "doesnt", "don", "dont", "does", "do", "lacks", "lack",
})
# A send-off said of a third person by the thread: "op needs to get a life".
SEND_OFFS: Final[frozenset[str]] = frozenset({
    "get a life", "grow up", "touch grass", "go touch grass",
})
# Before the send-off: "needs to", "has to", "should", "must".
NEEDS: Final[frozenset[str]] = frozenset({"needs", "need", "has", "have", "got"})
SHOULDS: Final[frozenset[str]] = frozenset({"should", "must", "gotta", "oughta", "shud"})
# After "get a life": a place left behind ("outside reddit", "off the internet").
BEYOND: Final[frozenset[str]] = frozenset({"outside", "off", "beyond", "away"})
BEYOND_REACH: Final[int] = 3
# "has no clue" and a clause of knowing after it: "how this works", "what he's talking
# about", "what they're doing" ("idea" stays out of the lexicon: "la tua idea è stupida").
CLUELESS: Final[frozenset[str]] = frozenset({"has no clue", "have no clue"})
WH: Final[frozenset[str]] = frozenset({"how", "what"})
KNOWING: Final[frozenset[str]] = frozenset({
    "works", "work", "talking", "doing", "saying", "talkin", "doin", "means", "functions",
})
KNOWING_REACH: Final[int] = 6
ABOUT: Final[frozenset[str]] = frozenset({"about", "here", "lol", "lmao", "tbh", "at", "all"})
# fmt: on

OWN_TERMS: Final[frozenset[str]] = FACULTY_TERMS
# They give way to an older term of their length they overlap (matching._YIELDING):
# "their brains are crazy" keeps "are crazy".
YIELDING: Final[frozenset[str]] = OWN_TERMS
