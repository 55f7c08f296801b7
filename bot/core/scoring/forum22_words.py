"""Words of the forum22 round (issue 8): Reddit-like shapes read by
targeting_forum22.py.

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum20_words as f20
from bot.core.scoring import forum21_words as f21

# fmt: off
# The dim-witted words the round reads (lexicon terms already, English and Italian).
DIM: Final[frozenset[str]] = frozenset({
    "stupid", "dumb", "dense", "ignorant", "gullible", "clueless", "braindead",
    "brainless", "incompetent", "idiotic", "moronic", "delusional",
    "stupido", "stupida", "stupidi", "stupide", "idiota", "idioti", "ignorante",
    "ignoranti", "scemo", "scemi", "deficienti", "cretini",
})
# Disbelief that a person or people can be this stupid: "how can someone be this
# stupid", "why are people so dumb", "is OP really this dumb", "come si fa a essere così
# stupidi", "perché la gente è così stupida".
DEGREES: Final[frozenset[str]] = frozenset({"this", "that", "so", "cosi", "tanto"})
DEGREE_FILLERS: Final[frozenset[str]] = frozenset({
    "still", "really", "actually", "even", "truly", "genuinely", "up", "naive", "and",
})
BECOMING: Final[frozenset[str]] = frozenset({
    "be", "get", "end", "become", "is", "are", "was", "were", "essere", "diventare",
    "e", "sono",
})
ASKED_BEING: Final[frozenset[str]] = frozenset({"is", "are", "was", "were"})
# Who is found this stupid: an indefinite person, people, the thread's poster.
SOMEONE: Final[frozenset[str]] = frozenset({
    "someone", "somebody", "anyone", "anybody", "people", "folks", "op", "person",
    "adult", "adults", "guy", "dude", "men", "women", "man", "woman", "voters",
    "qualcuno", "gente", "persone", "uno",
})
SUBJECT_POINTERS: Final[frozenset[str]] = frozenset({
    "some", "these", "those", "this", "that", "the", "a",
})
# One person found this stupid is read as said of a person outright, people as a group.
ONE_PERSON: Final[frozenset[str]] = frozenset({
    "op", "guy", "dude", "person", "adult", "man", "woman",
})
HOW: Final[frozenset[str]] = frozenset({"how", "why", "come", "perche"})
DISBELIEF_REACH: Final = 6  # tokens from the sentence's "how" to the degree word
# Italian without a subject: "come si fa a essere così stupidi" (how can one be).
ONE_CAN: Final[tuple[str, str]] = ("si", "fa")
# People "dumb enough" to do something: "anyone dumb enough to vote for him", "whoever
# is dumb enough to buy this".
ENOUGH_WHO: Final[frozenset[str]] = frozenset({
    "anyone", "anybody", "someone", "somebody", "people", "folks", "whoever", "those",
    "voters", "idiots", "morons", "fools", "men", "women",
})
ENOUGH_FILLERS: Final[frozenset[str]] = frozenset({"is", "are", "was", "were", "who"})
# The stupidity of a thread, a commenter or a camp: "the stupidity in this thread", "the
# sheer stupidity of some commenters", "liberal stupidity knows no bounds".
STUPIDITIES: Final[frozenset[str]] = frozenset({
    "stupidity", "idiocy", "ignorance", "stupidita", "ignoranza", "idiozia",
})
# Out of the shape "ignorance" and the Italian nouns are cancelled: new to the lexicon,
# they stay unread elsewhere ("ignorance is bliss", "scusa la mia ignoranza"), and their
# words stay unknown to the other rules (lexicon_compile): as a known word "ignorance" made
# "ignorance is dangerous" a whole-sentence name-call (targeting_person's vocative).
NEW_NOUNS: Final[frozenset[str]] = frozenset({"ignorance", "stupidita", "ignoranza", "idiozia"})
HOLDERS: Final[frozenset[str]] = f21.THREAD_PLACES | frozenset({
    "people", "folks", "users", "redditors", "commenters", "posters", "voters",
    "here", "commenti", "thread", "gente", "utenti",
})
# Plain people count only pointed at ("these people", "some folks") or placed in the
# thread ("people here", "the people in this sub"): "the ignorance of people about this
# disease" is a lack of knowledge, no one derided.
PLAIN_PEOPLE: Final[frozenset[str]] = frozenset({"people", "folks", "users", "voters", "gente"})
POINTED: Final[frozenset[str]] = frozenset({"these", "those", "some", "questa", "certa"})
PLACED: Final[frozenset[str]] = frozenset({"here", "qui"})
PLACED_AT: Final[frozenset[str]] = frozenset({"in", "on", "su"})
THIS: Final[frozenset[str]] = frozenset({"this", "these", "questo", "questi"})
OF_IN: Final[frozenset[str]] = frozenset({
    "in", "on", "of", "from", "among", "di", "nei", "dei", "della", "del", "su",
})
HOLDER_REACH: Final = 3  # tokens after "in" / "of" to the thread or its people
CAMPS: Final[frozenset[str]] = frozenset({
    "liberal", "leftist", "conservative", "republican", "democrat", "boomer", "maga",
    "woke", "lefty", "libtard", "progressive",
})
# OP or someone's partner "sounds like" a name-call: "OP sounds like a moron", "your
# husband sounds like an asshole", "OP sounds insufferable".
SOUNDS: Final[frozenset[str]] = frozenset({"sounds", "seems"})
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
CALL_FILLERS: Final[frozenset[str]] = frozenset({
    "total", "complete", "absolute", "massive", "real", "huge", "utter", "right",
    "spoiled", "entitled", "little",
})
CALL_TAILS: Final[frozenset[str]] = frozenset({"honestly", "tbh", "af", "lol", "imo", "ngl"})
OP: Final = "op"
POSSESSORS: Final[frozenset[str]] = frozenset({"your", "ur", "her", "his", "their"})
KIN: Final[frozenset[str]] = frozenset({
    "husband", "wife", "boyfriend", "girlfriend", "bf", "gf", "partner", "fiance",
    "fiancee", "ex", "boss", "manager", "coworker", "roommate", "friend", "bff", "mil",
    "fil", "sil", "bil", "mom", "mum", "mother", "dad", "father", "sister", "brother",
    "son", "daughter", "neighbor", "neighbour", "landlord", "teacher", "cousin", "aunt",
    "uncle", "stepmom", "stepdad", "inlaws", "family",
})
REPORTED: Final[frozenset[str]] = f21.REPORTED | f20.REPORTED | frozenset({"stop"})
