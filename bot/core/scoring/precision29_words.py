"""Words of the precision29 round (issue 8, targeting_precision29.py): friendly profanity
said at no one: "fuck me" exclaimed about the situation with a bad word for it ("fuck me
what a terrible game", "fuck me this lag is trash"), "kiss my ass goodbye" (the writer is
done for) and a sexual curse told to a thing named right after it ("suck my balls, lag",
"suck my dick windows")."""

from __future__ import annotations

from typing import Final

# fmt: off
FUCK_ME: Final = ("fuck", "me")
# What may stand before the line's curse: an interjection, nothing else ("oh fuck me",
# "well, kiss my ass goodbye", "ugh suck my balls, lag").
OPENERS: Final[frozenset[str]] = frozenset({
    "oh", "well", "welp", "holy", "god", "jesus", "man", "bro", "ah", "ugh", "yeah", "ok",
    "okay", "aw", "aww", "argh",
})
# The manner words of the exclamation itself ("fuck me sideways", "fuck me running").
MANNER: Final[frozenset[str]] = frozenset({"sideways", "running", "gently", "dead", "silly"})
# The words that open the situation "fuck me" is said about: an exclamation or a
# statement about a thing ("what a terrible game", "how ugly is this skin", "this lag is
# trash", "that boss is nasty").
FRAMES: Final[frozenset[str]] = frozenset({
    "what", "how", "that", "thats", "this", "these", "those", "its", "it", "the", "was",
})
# The idiom's farewell right after "kiss my ass": the writer is done for.
GOODBYES: Final[frozenset[str]] = frozenset({"goodbye", "goodby", "farewell"})
KISS_TERMS: Final[frozenset[str]] = frozenset({"kiss my ass"})
# The sexual curses that may be told to a thing ("suck my dick windows").
SUCK_TERMS: Final[frozenset[str]] = frozenset({
    "suck my dick", "suck my cock", "suck my balls", "suck my d",
})
# How many words after the curse are read; a longer line is left to the older rules. The
# person words of the rest are precision26's (PERSON_CUES, PERSONS).
REACH: Final = 10
