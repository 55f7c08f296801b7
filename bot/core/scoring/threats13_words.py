"""Words of the threats13 round (issue 8, targeting_threats13.py): the dare to meet and
say it in person ("meet me irl and say that", "pull up and say that", "say it in person",
"dillo in faccia se hai il coraggio", "vieni a dirmelo in faccia")."""

from __future__ import annotations

from typing import Final

# fmt: off
# --- The round's own lines (en/threat.txt, it/threat.txt): the words said again ("say
# that", "say it", "tell me that", "repeat that"; "dillo in faccia", "dimmelo di persona",
# "qui a dirmelo") and the Italian dare ("se hai il coraggio", "se hai le palle");
# counted only in the shape, cancelled everywhere else ("say that again, i didnt hear").
EN_TERMS: Final[frozenset[str]] = frozenset({
    "say that", "say it", "tell me that", "repeat that",
})
IT_SAID: Final[frozenset[str]] = frozenset({
    "dillo in faccia", "dimmelo in faccia", "ripetilo in faccia", "ripetimelo in faccia",
    "dirmelo in faccia", "dirlo in faccia", "ripetermelo in faccia", "dire in faccia",
    "dillo di persona", "dimmelo di persona", "ripetilo di persona", "dirmelo di persona",
    "qui a dirmelo", "qua a dirmelo", "qui a dirlo", "qua a dirlo",
})
IT_DARES: Final[frozenset[str]] = frozenset({
    "se hai il coraggio", "se hai le palle", "se ne hai il coraggio",
})
OWN_TERMS: Final[frozenset[str]] = EN_TERMS | IT_SAID | IT_DARES

# --- In person, said after the English words over MIDDLE (at most MARK_REACH tokens:
# "say that irl", "say it in person", "tell me that to my face", "say that again irl").
MIDDLE: Final[frozenset[str]] = frozenset({"again", "shit", "to", "me", "my", "in"})
MARKS: Final[frozenset[str]] = frozenset({"irl", "person", "face"})
MARK_REACH: Final = 4

# --- Or a meeting ordered first, its verb opening the sentence at most MEET_REACH tokens
# before the words, joined to them by JOINS right before: "meet me irl and say that",
# "pull up n say that", "come to my house and say that", "meet me irl then say that".
MEETS: Final[frozenset[str]] = frozenset({"meet", "pull", "come", "step", "slide"})
# "come on and say it" urges, meets nobody.
URGING: Final = "on"
JOINS: Final[frozenset[str]] = frozenset({"and", "n", "an", "then"})
MEET_REACH: Final = 8

# --- The order opens its sentence over chat's OPENERS (at most OPENER_REACH: "go ahead
# say that irl", "come tell me that in person", "vieni qui a dirmelo", "vienimelo a dire
# in faccia"); not "i would say that irl", "u wouldnt say that in person".
OPENERS: Final[frozenset[str]] = frozenset({
    "go", "ahead", "on", "then", "bro", "come", "just", "yo", "ok", "so", "now", "pls",
    "vieni", "vienimelo", "venite", "a", "allora", "dai", "su", "ora", "adesso", "forza",
    "pure", "e",
})
OPENER_REACH: Final = 3
IT_SAYING: Final[frozenset[str]] = frozenset({
    "dillo", "dimmelo", "ripetilo", "ripetimelo", "dirmelo", "dirlo", "ripetermelo",
})

# --- The dare closes its clause, maybe over chat's TAILS (at most TAIL_REACH: "... bro",
# "... i dare u", "... if u got the guts", "... and ill show u", "... se hai le palle",
# "... coglione"); "say that in person to ur mom" and "dillo in faccia a tua madre" go on.
TAILS: Final[frozenset[str]] = frozenset({
    "again", "bro", "then", "coward", "pussy", "kid", "fr", "rn", "if", "u", "you", "got",
    "the", "guts", "balls", "i", "dare", "irl", "and", "ill", "show", "ya", "see", "what",
    "happens", "shit", "to", "me", "my", "face", "in", "person", "pls", "please",
    "se", "hai", "ne", "il", "coraggio", "le", "palle", "coglione", "bello", "stronzo",
    "idiota", "allora", "dai", "adesso", "ora", "di", "persona", "faccia",
})
TAIL_REACH: Final = 6
# A condition after the pause that dares nothing ("dimmelo in faccia, se ti piace") asks
# for honesty: DARES within DARE_REACH tokens of the "if" keep the dare.
CONDITIONS: Final[frozenset[str]] = frozenset({"if", "se"})
DARES: Final[frozenset[str]] = frozenset({"dare", "guts", "balls", "coraggio", "palle"})
DARE_REACH: Final = 5

# --- Said of someone else: a report before the words in their sentence (at most
# REPORT_REACH tokens: "he said ...", "she told me pull up and say that", "lei ha detto").
REPORTS: Final[frozenset[str]] = frozenset({
    "said", "says", "told", "tells", "saying", "texted", "wrote", "detto", "dice", "dicono",
    "scritto",
})
REPORT_REACH: Final = 10
# fmt: on
