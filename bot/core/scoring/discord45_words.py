"""Word lists of the discord45 round (targeting_discord45.py): death wishes, non-existence
wishes and exclusion aimed at the reader or the people in the room."""

from __future__ import annotations

from typing import Final

# fmt: off
# The reader or the people in the room as a phrase of one to three tokens ("y'all" is
# read as "y all"); READER_LONGEST bounds the look-back.
READERS: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("you",), ("u",), ("ya",), ("yall",), ("y", "all"), ("you", "all"), ("u", "all"),
    ("ya", "all"), ("you", "lot"), ("u", "lot"), ("you", "people"), ("u", "people"),
    ("you", "guys"), ("u", "guys"), ("you", "two"), ("all", "of", "you"),
    ("all", "of", "u"), ("all", "of", "yall"), ("any", "of", "you"),
})
READER_LONGEST: Final[int] = 3
# A death term said after a modal ("should all die", "must die"): its first and last word.
DEATH_MODALS: Final[frozenset[str]] = frozenset({"should", "must"})
DEATH_ENDS: Final[frozenset[str]] = frozenset({"die", "dead", "rot", "perish"})
# A death term wished on the reader ("i hope you guys all die", "i want you all dead").
WISHED_DEATHS: Final[frozenset[str]] = frozenset({
    "die", "all die", "all dead", "drop dead", "all drop dead",
})
# Between the reader and the death term: "you should all die", "i wish u would all die".
DEATH_GAP: Final[frozenset[str]] = frozenset({
    "all", "just", "really", "literally", "both", "would", "will", "d",
})
DEATH_GAP_REACH: Final[int] = 3
# The writer's wish verbs and what may stand between the writer and them.
WISH_VERBS: Final[frozenset[str]] = frozenset({"hope", "wish", "want"})
WISH: Final[str] = "wish"
WRITERS: Final[frozenset[str]] = frozenset({"i", "we"})
WRITER_ADVERBS: Final[frozenset[str]] = frozenset({
    "really", "just", "so", "do", "honestly", "genuinely", "truly", "sincerely",
})
WRITER_ADVERB_REACH: Final[int] = 2
# Words that may open a line before its subject or call ("honestly you should all die").
LEADS: Final[frozenset[str]] = frozenset({
    "honestly", "seriously", "tbh", "ngl", "fr", "just", "and", "so", "like", "lol",
    "lmao", "man", "bro", "yeah", "ok", "okay", "now", "please", "pls", "then", "god",
})
# Chat's tails after the wish, the call or the vocative.
TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "already", "tbh", "honestly", "now", "fr", "ngl", "seriously", "please",
    "pls", "smh", "asap", "today", "tonight", "forever", "immediately", "away", "right",
    "off", "too", "soon", "bro", "man",
})
TAIL_REACH: Final[int] = 2
# The non-existence terms: hatecheck55's and this round's own line.
NEVER_BORN: Final[frozenset[str]] = frozenset({
    "never been born", "never existed", "were never born", "never have been born",
})
OWN_TERMS: Final[frozenset[str]] = frozenset({"never have been born"})
# Between the wisher's subject and the term ("you had never existed", "you'd never").
HAD: Final[frozenset[str]] = frozenset({"had", "d"})
# "you should never have been born", "u should've never been born".
NEVER_MODALS: Final[frozenset[str]] = frozenset({"should", "ve", "shouldve", "shoulda"})
NEVER_MODAL_REACH: Final[int] = 2
# "make them wish they never existed": the one made to wish and the one wishing.
MAKE: Final[frozenset[str]] = frozenset({"make", "makes"})
MADE: Final[frozenset[str]] = frozenset({"them", "em"})
MADE_WISHERS: Final[frozenset[str]] = frozenset({"they"})
# Exclusion from the country: hatecheck12's lines.
EXILES: Final[frozenset[str]] = frozenset({
    "leave our country", "leave this country", "leave my country", "leave the country",
    "get out of our country", "get out of this country", "go back",
})
GO_BACK: Final[str] = "go back"
# What "go back" must be sent to: the reader's origin, not a bed or a menu.
ORIGINS: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("to", "your", "country"), ("to", "your", "own", "country"), ("where", "you", "came", "from"),
    ("to", "where", "you", "came", "from"), ("where", "you", "come", "from"),
})
ORIGIN_LONGEST: Final[int] = 5
# The modal run of an exclusion ("need to", "should all just", "gotta"): one of the
# hatecheck55 modal words among them, bounded by its reach.
THEY: Final[str] = "they"
ALL: Final[str] = "all"
# fmt: on
