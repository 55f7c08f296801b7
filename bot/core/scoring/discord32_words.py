"""Word lists of the discord32 round (targeting_discord32.py): condescension aimed at the
reader, "you didn't even read it did you" (the reader caught not reading or watching)
and "bro really thought he did something" (the reader mocked for thinking well of what
they did)."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord26_words as d26
from bot.core.scoring import discord28_words as d28

# fmt: off
# The round's lexicon lines (insult.txt, discord32). "you didn't even read it": a few
# verbs of taking in what was sent, with and without the apostrophe ("didn't" reads as
# "didn", "t"). No "see", "need", "have", "miss": "you didn't even need to study" is praise.
_VERBS: Final = ("read", "watch", "try", "listen", "look", "open", "check", "play")
DIDNT_EVENS: Final[frozenset[str]] = frozenset(
    f"{neg} even {verb}" for neg in ("didnt", "didn't") for verb in _VERBS
)
# "bro really thought he did something": what the reader thought of their own turn. Said
# only after the reader as subject ("bro", "u", "you"), never "i", "he", "my brother".
# No "the main character": its "character" would anchor a round's own term and change
# discord20's reading of "your character is so stupid" (a game's character).
_DOERS: Final = ("he", "u", "you")
_DEEDS: Final = (
    "did something", "did smth", "did sum", "cooked", "ate",
)
_WAS: Final = {"he": "was", "u": "were", "you": "were"}
_BEINGS: Final = ("him", "slick")
_THATS: Final = (
    "that was funny", "that was clever", "that was a good comeback", "that was fire",
)
THOUGHTS: Final[frozenset[str]] = frozenset(
    {f"thought {doer} {deed}" for doer in _DOERS for deed in _DEEDS}
    | {f"thought {doer} {_WAS[doer]} {being}" for doer in _DOERS for being in _BEINGS}
    | {f"thought {that}" for that in _THATS}
)
# "did your mom dress you": the reader's clothes mocked as a child's, a question thrown
# whole. No "who cut your hair": "who cut your hair? it looks so good" is asked.
_MOMS: Final = ("your mom", "ur mom", "your mum", "ur mum", "ur mommy", "your mommy")
DRESSES: Final[frozenset[str]] = frozenset(
    {f"did {mom} dress {you}" for mom in _MOMS for you in ("you", "u")}
    | {"who dressed you", "who dressed u"}
)
OWN_TERMS: Final[frozenset[str]] = DIDNT_EVENS | THOUGHTS | DRESSES
# The reader before "didn't even": "you", "u", "ya".
READERS: Final[frozenset[str]] = d26.READERS
# The reader as the thinker: "bro", "blud" (the reader in the third person, chat's
# mockery) and "u", "you"; "he", "i", "my brother" are no reader.
THINKERS: Final[frozenset[str]] = d26.READERS | frozenset({"bro", "blud", "bud", "buddy"})
# Between the subject and the term: "u literally didnt even read it", "bro really thought
# he cooked", "bro genuinely thought ...".
ADVERBS: Final[frozenset[str]] = frozenset({
    "literally", "honestly", "actually", "really", "genuinely", "lowkey", "deadass", "fr",
    "seriously", "just", "truly",
})
ADVERB_REACH: Final = 2
# Chat openers before the subject ("lmao u didnt even open the link").
OPENERS: Final[frozenset[str]] = d28.OPENERS | frozenset({"lmfao", "lmaoo", "bruh", "dawg"})
OPENER_REACH: Final = 2
# After "didn't even read": the thing read and tags only, to the sentence's end ("...
# the message lmao", "... it did you", "... at it huh"); any other word ("and you
# still won", "yet", "to study") leaves the line unread.
AFTER_DIDNT: Final[frozenset[str]] = frozenset({
    # what was sent
    "it", "that", "this", "the", "my", "a", "at", "to", "what", "i", "said", "wrote",
    "sent", "message", "messages", "msg", "text", "texts", "rules", "video", "vid", "clip",
    "post", "link", "thread", "title", "article", "page", "question", "chat", "game",
    "whole", "thing", "first", "line", "one", "of", "all",
    # tags and the tag question
    "did", "you", "u", "ya", "huh", "right", "lol", "lmao", "lmfao", "bro", "bruh", "dude",
    "fr", "smh", "ngl", "man", "even",
})
AFTER_REACH: Final = 8
# After "did your mom dress you": a time and tags only ("... this morning lmao"); "who
# dressed you up for halloween?" goes on.
AFTER_DRESS: Final[frozenset[str]] = frozenset({
    "this", "morning", "today", "lol", "lmao", "lmfao", "bro", "bruh", "dude", "huh", "fr",
    "again", "or", "what", "smh", "ngl", "man",
})
# The tag question that makes the line a jab, not a question: "... did you?", "... huh?".
TAG_ASKS: Final[frozenset[str]] = frozenset({"did", "huh", "right"})
# A kind word after the term: "u really thought that was funny lol ily".
KIND_AFTER: Final[frozenset[str]] = d28.KIND_AFTER | frozenset({
    "thanks", "thank", "ty", "proud", "nice", "respect", "sweet", "goated", "insane",
    "fire", "amazing", "gorgeous", "pretty", "beautiful", "slay", "slayed", "cute",
})
KIND_REACH: Final = 10
# fmt: on
