"""Words of the italian31 round (issue 8, targeting_italian31.py): a public figure's
surname with an insult and no verb, and a religion's or a people's place not wanted."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.italian30_words import FIGURES

# fmt: off
# Figures named the world over, in English posts as often ("trump idiot", "fuck putin"):
# the verbless pair is read with Italian figures only.
ABROAD: Final[frozenset[str]] = frozenset({
    "zelensky", "zelenski", "putin", "biden", "soros", "macron", "trump", "obama",
    "merkel", "scholz", "netanyahu", "fauci",
})
HOME_FIGURES: Final[frozenset[str]] = FIGURES - ABROAD
# Italian surnames that are also words of the language ("conte", "meloni", "calenda"):
# a swear word beside them is read by the rules, not as swearing alone (scorer.py's
# swearing-only path reads a short line on only with a word no list knows).
KNOWN_FIGURES: Final[frozenset[str]] = frozenset({
    "calenda", "conte", "meloni", "travaglio", "fedez",
})
# The older "non voglio"/"non vogliamo" exclusions (italian11_words.NOT_WANTED) whose
# object may be a place standing for a group: "non voglio una moschea nel mio quartiere".
NOT_WANTED: Final[frozenset[str]] = frozenset({
    "non voglio", "non vogliamo", "non voglio piu", "non vogliamo piu",
})
# Between the exclusion and the place: "non voglio una moschea", "non vogliamo altre
# moschee", "non vogliamo nuove sinagoghe".
BEFORE_PLACE: Final[frozenset[str]] = frozenset({
    "un", "una", "le", "i", "gli", "altre", "altri", "nuove", "nuovi", "piu", "ulteriori",
})
PLACE_REACH: Final = 2  # "non vogliamo più nuove moschee"
# A religion's place of worship, standing for its believers.
WORSHIP: Final[frozenset[str]] = frozenset({
    "moschea", "moschee", "sinagoga", "sinagoghe", "minareto", "minareti",
})
# A camp named by its people: "campo rom", "campi nomadi".
CAMPS: Final[frozenset[str]] = frozenset({"campo", "campi"})
CAMP_PEOPLE: Final[frozenset[str]] = frozenset({"rom", "nomadi", "zingari", "sinti"})
# The swear words said as a name ("salvini merda"); "cazzo", "porca miseria" beside a
# surname are interjections ("conte cazzo, è tardi").
SWEAR_CALLS: Final[frozenset[str]] = frozenset({"merda", "merde", "merdaccia"})
# fmt: on
