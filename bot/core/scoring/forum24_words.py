"""Words of the forum24 round (issue 8): a person in the thread named by their place in
it ("the guy above", "that commenter", "op") and called a name, read by
targeting_forum24.py.

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name.
"""

from __future__ import annotations

from typing import Final

# fmt: off
# The names read (lexicon insult terms already): singular, said of one person. Never
# a word with a kind sense ("genius", "legend", "beast", "savage").
NAMES: Final[frozenset[str]] = frozenset({
    "moron", "idiot", "clown", "buffoon", "cretin", "dimwit", "dolt", "dumbass", "fool",
    "halfwit", "imbecile", "nitwit", "twit", "troll", "loser", "liar", "hypocrite",
    "jerk", "joke", "braindead", "brainless", "clueless", "stupid", "dumb", "ignorant",
    "delusional", "pathetic", "retarded", "idiota", "cretino", "imbecille", "stupido",
    "deficiente", "coglione", "pagliaccio", "ignorante",
})
# Pointers before the person: "the guy above", "that commenter", "questo tizio".
POINTERS: Final[frozenset[str]] = frozenset({
    "the", "that", "this", "il", "lo", "l", "quel", "quello", "questo",
})
# People of a thread: named so, they are a commenter even with no place after them.
THREAD_PEOPLE: Final[frozenset[str]] = frozenset({
    "commenter", "commentor", "poster", "redditor", "user", "op", "utente",
})
# Anyone: a commenter only with a place in the thread after them ("the guy above").
ANYONE: Final[frozenset[str]] = frozenset({
    "guy", "dude", "person", "man", "woman", "lady", "fella", "bloke", "tizio", "tipo",
})
# A place in the thread right after the person.
PLACES: Final[frozenset[str]] = frozenset({
    "above", "below", "upthread", "here", "sopra",
})
BEING: Final[frozenset[str]] = frozenset({"is", "was", "e", "era"})
# Between the being verb and the name: an article and two degree words at most.
FILLERS: Final[frozenset[str]] = frozenset({
    "a", "an", "un", "uno", "una", "so", "such", "really", "completely", "totally",
    "clearly", "obviously", "absolutely", "utterly", "just", "complete", "total",
    "proprio", "davvero", "veramente",
})
# What may open the sentence before the pointer: an interjection, never a clause.
OPENERS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "wow", "yeah", "yea", "yes", "no", "nope", "but", "and",
    "honestly", "frankly", "seriously", "bro", "dude", "man", "ok", "okay", "well",
    "tbh", "imo", "jesus", "god", "damn", "ma", "boh", "guarda",
})

# "go back to <anywhere> where you belong": the tail sends the reader away.
BELONG_YOU: Final[frozenset[str]] = frozenset({"you", "u", "ya"})
BELONG_REACH: Final = 6  # at most this many tokens from the place to "where"

# The reader's reading judged: a lexicon term read only by targeting_forum24.py.
READING: Final[frozenset[str]] = frozenset({"reading comprehension"})
YOUR: Final[frozenset[str]] = frozenset({"your", "ur"})
YOU: Final[frozenset[str]] = frozenset({"you", "u"})
HAVING: Final[frozenset[str]] = frozenset({"have", "got", "has"})
NONE_OF: Final[frozenset[str]] = frozenset({"no", "zero", "0"})
# After the term: "isn't your strong suit", "is not ur thing", "is hard for you".
DENIED: Final[frozenset[str]] = frozenset({"not", "t", "isnt", "aint"})
FOR: Final[frozenset[str]] = frozenset({"for"})
# The writer's own reading, or someone else's: never the reader's.
OWN: Final[frozenset[str]] = frozenset({"my", "i", "me", "im", "his", "her", "their", "our"})
READING_REACH: Final = 5  # at most this many tokens after the term
