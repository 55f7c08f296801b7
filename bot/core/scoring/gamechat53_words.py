"""Word sets of the gamechat53 round (issue 8): the players of a nationality cursed by
the name of their country or by the plural nationality ("fuck peru", "suck it russians",
"die pinoys"), or called a vulgar noun ("peru shit", "report this peru trash")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat8_words as g8
from bot.core.scoring import gamechat37_words as g37

# gamechat37's lexicon lines of one token that this round reads: the plural nationalities
# and the countries ("russians", "pinoys", "peru"), not its phrases ("russian server").
NATIONS: Final[frozenset[str]] = g37.GROUPS | g37.COUNTRIES

# fmt: off
# A curse or a wish of one word right before them: "fuck peru", "screw brazil", "die
# pinoys", "stfu peruvians".
CURSES: Final[frozenset[str]] = frozenset({
    "fuck", "fck", "fuk", "fuq", "fk", "screw", "die", "stfu",
})
# Of two words: "suck it russians", "shut up pinoys", "fuck off peruvians".
TWO_WORD_CURSES: Final[frozenset[tuple[str, str]]] = frozenset({
    ("suck", "it"), ("shut", "up"), ("fuck", "off"), ("screw", "you"), ("fuck", "you"),
})
# Between the curse and them: "fuck all peruvians", "fuck u brazilians", "screw the pinoys".
BETWEEN: Final[frozenset[str]] = frozenset({
    "the", "these", "those", "all", "u", "you", "ya", "them", "dem", "dese", "every",
})
BETWEEN_REACH: Final[int] = 2
# What their name is called, closing the clause: "peru shit", "russians garbage".
VULGAR_NOUNS: Final[frozenset[str]] = frozenset({
    "shit", "trash", "garbage", "scum", "dogs", "monkeys", "rats", "pigs", "filth",
    "shits", "crap", "trashes", "dogshit",
})
# Before the country or nationality called a vulgar noun: "report this peru trash",
# "all peruvians shit", "reported peru shit".
POINTERS: Final[frozenset[str]] = frozenset({
    "this", "that", "these", "those", "the", "all", "dem", "dese", "every",
})
POINTER_REACH: Final[int] = 2
# Chat's leads opening the clause before the curse or the name: "ugh fuck peru", "still
# fuck peru", "report this peru trash".
LEADS: Final[frozenset[str]] = g37.LEADS | frozenset({
    "still", "just", "and", "so", "again", "report", "reported", "reporting", "rep", "ez",
})
LEAD_REACH: Final[int] = 2
# After them, the clause's end: "fuck russia lol", "ugh fuck peru again", "suck it pinoys ez".
TAILS: Final[frozenset[str]] = g8.TAILS | g37.TAILS | frozenset({"ez", "man", "dude", "kids"})
TAIL_REACH: Final[int] = 3
# fmt: on
