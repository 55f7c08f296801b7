"""Word lists of the olid27 round (targeting_olid27.py): a person, the reader or a camp
said to be full of it ("@USER you are full of it", "he is full of lies") or to lack a
soul, a conscience, a spine or class ("you have no soul", "Democrats have no spine")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid24_words as o24

# fmt: off
# The lexicon's olid27 terms (en/insult.txt). What someone is full of: no "full of
# shit" / "full of crap" (older lines, read as before).
FULL_TERMS: Final[frozenset[str]] = frozenset({
    "full of it", "full of bs", "full of bull", "full of lies", "full of hot air",
    "full of baloney", "full of nonsense", "full of hate", "full of garbage",
    "full of hogwash", "full of manure",
})
# What someone lacks: a soul, a conscience, a spine, class; "no" or "zero". No "no
# dignity" (olid6's whole "you have no dignity"), no "no shame", "no morals" (olid22).
_LACKS: Final = (
    "soul", "souls", "conscience", "heart", "spine", "backbone", "class", "empathy",
    "compassion", "humanity", "honor", "self respect", "ethics", "principles",
)
LACK_TERMS: Final[frozenset[str]] = frozenset(
    f"{lack} {what}" for lack in ("no", "zero") for what in _LACKS
)
OWN_TERMS: Final[frozenset[str]] = FULL_TERMS | LACK_TERMS
# The verb before the term: being for what one is full of ("he's" and "they're" split;
# no "am": "I'm full of it today" is the writer's), having for what one lacks.
BEING: Final[frozenset[str]] = frozenset({"is", "are", "s", "re", "r"})
HAVING: Final[frozenset[str]] = frozenset({"has", "have", "got"})
# The reader's copula in one word opening the sentence: "ur full of it", "youre so
# full of it", "your full of it" (misspelt).
READER_COPULAS: Final[frozenset[str]] = frozenset({"ur", "youre", "ure", "your"})
# The reader as the subject, opening the sentence or after one retort opener.
READERS: Final[frozenset[str]] = frozenset({"you", "u", "ya", "yall"})
# Adverbs between the subject, the verb and the term: "he is so full of it", "you
# clearly have no conscience", "she has absolutely no soul"; no "not".
ADVERBS: Final[frozenset[str]] = o24.ADVERBS | frozenset({"so", "completely", "utterly"})
# Before the reader, a word that opens a retort: "Man you are full of nonsense".
OPENERS: Final[frozenset[str]] = frozenset({
    "man", "dude", "bro", "lol", "lmao", "honestly", "and", "but", "so", "well", "nah",
    "yeah", "sorry", "sir", "maam", "wow", "oh", "ok", "okay", "yes", "no", "clearly",
})
# After the term, words that keep it the clause's verdict: "he has no spine whatsoever",
# "you have no empathy at all", "he is full of it and everyone knows it", "full of hot air
# as usual"; any other word goes on ("no class on fridays", "no heart condition").
TAILS: Final[frozenset[str]] = frozenset({
    "whatsoever", "at", "and", "as", "period", "too", "again", "now", "anymore", "left",
    "lol", "lmao", "smh", "tbh", "imo", "honestly", "either",
})
# Before the subject, a word that reports or hedges the verdict (olid24's list).
REPORTED: Final[frozenset[str]] = o24.REPORTED
# fmt: on
