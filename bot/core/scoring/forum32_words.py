"""Words of the forum32 round (issue 8, targeting_forum32.py)."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's own lexicon lines (en/insult.txt): "has no", "has zero" and the like, read
# only before "idea" or "clue" and a clause of knowing said of the subject ("op has no idea
# what he's talking about"; "idea" itself stays out of the lexicon: "la tua idea è
# stupida"), and not knowing "the first thing" ("this guy doesn't know the first thing
# about cars").
IDEA_TERMS: Final[frozenset[str]] = frozenset({
    "has no", "have no", "has zero", "have zero", "absolutely no",
})
IDEAS: Final[frozenset[str]] = frozenset({"idea", "clue"})
# Older lines of no clue (olid12's), read by forum31 only closing the clause or before
# "how ... works": this round reads them before its clause of knowing too, said of its
# writers ("the guy who wrote this has no clue what he's saying").
OLDER_CLUES: Final[frozenset[str]] = frozenset({
    "has no clue", "have no clue", "doesn t have a clue", "doesnt have a clue",
    "don t have a clue", "dont have a clue",
})
FIRST_THING_TERMS: Final[frozenset[str]] = frozenset({"know the first thing about"})
OWN_TERMS: Final[frozenset[str]] = IDEA_TERMS | FIRST_THING_TERMS
# They give way to an older term of their length they overlap (matching._YIELDING).
YIELDING: Final[frozenset[str]] = OWN_TERMS
# The verb of having before "absolutely no" ("has absolutely no idea").
HAVING: Final[frozenset[str]] = frozenset({"has", "have"})
# A denial before "know the first thing": its tokens.
DENIALS: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("doesn", "t"), ("does", "not"), ("doesnt",), ("don", "t"), ("do", "not"), ("dont",),
    ("didn", "t"), ("did", "not"), ("didnt",),
})
# Between the denial and "know": "doesn't even know the first thing".
DENIAL_FILLERS: Final[frozenset[str]] = frozenset({"even", "really", "actually"})
DENIAL_FILLER_REACH: Final[int] = 2
# The clause of knowing: "what", its subject (never the writer), then a verb of doing or
# saying within reach, closing the clause ("what he's talking about", "what they're on
# about", "what she is doing").
WH: Final[frozenset[str]] = frozenset({"what"})
CLAUSE_SUBJECTS: Final[frozenset[str]] = frozenset({
    "he", "she", "they", "you", "u", "ur", "hes", "shes", "theyre", "youre", "ure", "ya",
})
KNOWING: Final[frozenset[str]] = frozenset({
    "talking", "doing", "saying", "talkin", "doin", "writing", "on",
})
KNOWING_REACH: Final[int] = 4
ABOUT: Final[frozenset[str]] = frozenset({"about"})
# Tails allowed after the clause: "... talking about lol", "... on about as usual".
TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "tbh", "here", "at", "all", "as", "usual", "again", "honestly",
})
TAILS_REACH: Final[int] = 3
# A writer of the thread or the piece, named by "the", "this" or "that" opening the
# sentence, beyond forum30's subjects: "the writer", "this journalist", "the guy who
# wrote this", "the commenter above", "whoever wrote this article".
WRITERS: Final[frozenset[str]] = frozenset({
    "author", "writer", "journalist", "reporter", "columnist", "commenter", "poster",
    "guy", "dude", "person", "op", "redditor", "clown", "moron", "idiot", "whoever",
})
DETERMINERS: Final[frozenset[str]] = frozenset({"the", "this", "that"})
# Words between the writer and the verb: where they are, or what they wrote.
BRIDGE: Final[frozenset[str]] = frozenset({
    "above", "below", "here", "who", "that", "wrote", "posted", "made", "this", "the",
    "article", "post", "piece", "video", "comment", "thread", "op", "ed",
})
BRIDGE_REACH: Final[int] = 5
# fmt: on

# fmt: off
# Older words of a mind missing, read of what a commenter wrote or of a writer after an
# opener of contempt: "another braindead take", "typical clueless redditor".
MINDLESS: Final[frozenset[str]] = frozenset({
    "braindead", "brain dead", "clueless", "dimwitted", "halfwitted", "ignorant",
})
# The opener, opening its sentence: "another", "yet another", "typical", "such a", "the
# most" ("what a ..." is read already).
OPENERS: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("another",), ("yet", "another"), ("typical",), ("such", "a"), ("such", "an"),
    ("the", "most"),
})
# A writer of a thread or a piece, beside forum27's words for what a commenter wrote.
WRITER_NOUNS: Final[frozenset[str]] = frozenset({
    "redditor", "redditors", "writer", "writers", "author", "authors", "poster",
    "posters", "commenter", "commenters", "journalist", "journalists", "reporter",
    "columnist", "op", "hack", "hacks",
})
# fmt: on
