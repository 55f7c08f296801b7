"""Words of the italian29 round (issue 8): people called fit for the gallows or the
firing squad with "da" ("sono tutti da impiccare"), a curse word in the singular before
a person noun ("quel maledetto ministro"), pity for people in need ("i profughi fanno
pena"), read by targeting_italian29.py.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian28_words as i28

# fmt: off
# "da" and a verb of execution (the lexicon's threat terms of this round): said of
# people named before, or of no one named, never of a thing ("file da eliminare"). Not
# "da ammazzare": games' monsters and bosses ("tutti da ammazzare nel dungeon").
FIT_FOR: Final[frozenset[str]] = frozenset({
    "da impiccare", "da fucilare", "da sterminare", "da giustiziare",
    "da gasare", "da mettere al muro", "da bruciare vivi", "da bruciare vive",
})
# Words that may stand before the call in its clause besides italian28's openers,
# determiners and people nouns: a being verb, "all of them", a pronoun for people.
BESIDES: Final[frozenset[str]] = frozenset({
    "sono", "e", "sei", "siete", "sarebbero", "sarebbe", "erano", "era", "tutti", "tutte",
    "quanti", "gente", "cosi", "qua", "la", "voi", "tu", "lui", "lei", "proprio",
    "davvero", "solo", "altro", "galera",
})
ALLOWED_BEFORE: Final[frozenset[str]] = (
    i28.LEADS | i28.DETERMINERS | i28.PERSONS | BESIDES
)
SECOND: Final[frozenset[str]] = frozenset({"sei", "siete", "voi", "tu"})
# A singular subject: a third person, not a group.
SINGULAR: Final[frozenset[str]] = frozenset({"e", "era", "sarebbe", "lui", "lei"})
# The call denied or reported: left as the older rules read it.
UNSAID: Final[frozenset[str]] = frozenset({
    "non", "nessuno", "mai", "che", "dice", "dire", "dicono", "detto", "chi",
})
REACH: Final = 6
# The writer before the call ("io sono da fucilare"): self-talk.
SELF: Final = "io"
# The writer after the call ("sono da fucilare, ho dimenticato le chiavi"): self-talk.
WRITER: Final[frozenset[str]] = frozenset({"io", "ho", "mi", "me", "sono", "mio", "mia"})
WRITER_REACH: Final = 4

# Curse words in the singular read before a person noun after a pointing word or an
# article ("quel maledetto ministro"); italian28 reads the plural and "lurido".
CURSES: Final[frozenset[str]] = frozenset({"maledetto", "maledetta", "fottuto", "fottuta"})
# Of those, the lexicon terms of this round: every other reading of them but a group's
# ("maledetto ebreo") is cancelled ("maledetta sfortuna", "maledetto me").
OWN_CURSES: Final[frozenset[str]] = frozenset({"maledetto", "maledetta"})

# People in need, for whom "fanno pena" is sympathy ("i profughi fanno pena").
IN_NEED: Final[frozenset[str]] = frozenset({
    "profughi", "profughe", "rifugiati", "rifugiate", "sfollati", "terremotati",
    "senzatetto", "naufraghi", "orfani", "vittime", "poveri", "bambini", "anziani",
    "malati", "feriti",
})
NEED_REACH: Final = 4
# fmt: on
