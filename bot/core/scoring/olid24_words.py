"""Word lists of the olid24 round (targeting_olid24.py): a person, a pointed person or a
camp said to be the problem or part of it."""

from __future__ import annotations

from typing import Final

# fmt: off
# The lexicon's olid24 terms (en/insult.txt): the problem someone is said to be.
PROBLEM_TERMS: Final[frozenset[str]] = frozenset({
    "the problem", "part of the problem", "the real problem", "the whole problem",
})
# The Italian terms (it/insult.txt), whole: the reader, a person or people named by a
# pronoun as the problem ("sei tu il problema", "il problema è lui", "siete parte del
# problema"); never "sono io il problema" (no term).
IT_READER_TERMS: Final[frozenset[str]] = frozenset({
    "sei tu il problema", "il problema sei tu", "sei parte del problema",
    "siete voi il problema", "il problema siete voi", "siete parte del problema",
})
IT_ONE_TERMS: Final[frozenset[str]] = frozenset({
    "e lui il problema", "il problema e lui", "e lei il problema", "il problema e lei",
})
IT_PEOPLE_TERMS: Final[frozenset[str]] = frozenset({
    "sono loro il problema", "il problema sono loro",
})
IT_TERMS: Final[frozenset[str]] = IT_READER_TERMS | IT_ONE_TERMS | IT_PEOPLE_TERMS
OWN_TERMS: Final[frozenset[str]] = PROBLEM_TERMS | IT_TERMS
# Right before an Italian term, a denial: "non sei tu il problema".
IT_DENIALS: Final[frozenset[str]] = frozenset({"non", "mica", "nemmeno", "neanche"})
# The being verb between the subject and the problem ("he's" and "they're" split).
BEING: Final[frozenset[str]] = frozenset({"is", "are", "s", "re"})
# Adverbs between the subject, the verb and the problem: "he is clearly part of the
# problem", "she is literally the problem".
ADVERBS: Final[frozenset[str]] = frozenset({
    "clearly", "literally", "honestly", "simply", "obviously", "really", "just", "truly",
    "definitely", "actually", "totally", "certainly", "absolutely", "seriously", "always",
    "still", "now", "all", "basically", "exactly", "officially", "indeed",
})
# After the problem, words that keep it the sentence's last word on the subject: "the
# problem here", "the problem with this country", "part of the problem, not the
# solution"; any other word goes on to a thing ("the problem solver", "the problem is").
TAILS: Final[frozenset[str]] = frozenset({
    "here", "with", "in", "not", "period", "always", "too", "now", "today", "and",
    "right", "again", "honestly", "imo", "tbh", "qui", "e", "non", "punto", "fidati",
})
# The reader's copula misspelt as "your": "your the problem", "your part of the problem".
READER_MISSPELT: Final = "your"
# Before the misspelt "your", a word that opens its clause: "if you agree then your part
# of the problem".
READER_LEADS: Final[frozenset[str]] = frozenset({"then", "so", "and", "but", "honestly"})
# Bare subjects that are no one: plural pointers, things as often as people ("these are
# the problem"), and places or a sentence's opener ("here's the problem with the left").
BARE_POINTERS: Final[frozenset[str]] = frozenset({
    "these", "those", "here", "there", "heres", "theres", "where", "this", "that", "it",
})
# Bare subjects that are things, habits or ideas, no one: "money is the problem", "greed
# is the real problem", "gun control is the problem" (with the endings in THING_ENDINGS).
THINGS: Final[frozenset[str]] = frozenset({
    "money", "time", "greed", "lag", "ping", "debt", "fear", "hate", "guns", "gun",
    "control", "tv", "television", "healthcare", "wifi", "internet", "power", "drugs",
    "alcohol", "weed", "porn", "sugar", "religion", "food", "weather", "heat", "cost",
    "price", "traffic", "system", "budget", "rules", "schedule", "school", "work", "crime",
    "taxes", "tax", "spending", "policy", "policies", "law", "laws", "ego", "pride",
    "society", "everything", "nothing", "something", "anything", "twitter", "facebook",
})
THING_ENDINGS: Final[tuple[str, ...]] = (
    "ism", "tion", "sion", "ity", "ness", "ment", "ance", "ence", "ing", "ure", "ery",
    "dom", "ship", "acy", "ics",
)
# Before the subject, a word that reports the verdict or hedges it: "she said he is the
# problem", "they think i am the problem".
REPORTED: Final[frozenset[str]] = frozenset({
    "said", "says", "say", "saying", "claims", "claimed", "claim", "told", "tells",
    "think", "thinks", "thought", "believe", "believes", "if", "maybe", "unless",
    "se", "forse", "dice", "dicono", "detto", "pensa", "penso", "pensi", "credo", "crede",
})
# fmt: on
