"""Words of the threats11 round (issue 8, targeting_threats11.py): harm promised to the
reader at the next meeting, the meeting a condition before the reader's doom ("if i saw
you irl you'd be done", "if i ever see you irl youre dead", "next time i see you youre
finished", "se ti vedo per strada sei finito", "se ti becco sei fritto")."""

from __future__ import annotations

from typing import Final

# fmt: off
# --- The round's own lines (en/threat.txt, it/threat.txt): the reader's doom ("you're
# done", "ur dead", "you'd be toast", "sei finito", "sei fritto"); counted only after a
# meeting said as a condition, cancelled everywhere else ("you're done, nice work!").
# The older "you re dead", "sei morto" and "siete morti" lines stand as they were.
EN_TERMS: Final[frozenset[str]] = frozenset({
    "you re done", "youre done", "ur done", "u r done", "you are done", "ure done",
    "you re finished", "youre finished", "ur finished", "u r finished", "you are finished",
    "youre dead", "ur dead", "u r dead", "ure dead",
    "you re toast", "youre toast", "ur toast", "you are toast",
    "you d be done", "youd be done", "you d be dead", "youd be dead", "you d be finished",
    "youd be finished", "you d be toast", "youd be toast", "you would be dead",
    "you ll be dead", "youll be dead", "you ll be done", "youll be done",
    "you ll be finished", "youll be finished", "you will be dead",
})
IT_TERMS: Final[frozenset[str]] = frozenset({
    "sei finito", "sei finita", "sei fritto", "sei fritta", "sei spacciato",
    "sei spacciata", "siete finiti", "siete fritti", "siete spacciati",
})
OWN_TERMS: Final[frozenset[str]] = EN_TERMS | IT_TERMS

# --- A curse right before the line's "you" ("fuck you're done, kid"): the line took the
# older "fuck you" line's "you", so the earlier reading stands.
CURSES: Final[frozenset[str]] = frozenset({"fuck", "fck", "fuk", "fuq", "fk"})
YOU: Final[str] = "you"

# --- The meeting, a condition at most MEET_REACH tokens before the doom in its sentence:
# CONDITIONS, then the writer (and "ever") over WRITERS, then a meeting verb and the
# reader after it over PARTICLES ("if i ever run into you", "if i find out where you
# live", "next time i see ya"; "if we ever meet" needs no reader), or the reader's clitic
# and an Italian meeting verb ("se ti vedo", "appena ti becco", "se mai ti incontro").
MEET_REACH: Final = 12
CONDITIONS: Final[frozenset[str]] = frozenset({
    "if", "when", "once", "whenever", "time", "moment", "se", "quando", "appena",
})
WRITERS: Final[frozenset[str]] = frozenset({"i", "we", "ever", "evr", "eva", "mai"})
WRITER_REACH: Final = 3
TOGETHER: Final[str] = "we"  # "if we ever meet": the meeting needs no reader
MEET_VERBS: Final[frozenset[str]] = frozenset({
    "see", "saw", "c", "meet", "met", "catch", "caught", "find", "found", "spot",
    "spotted", "run", "ran", "bump", "bumped",
})
PARTICLES: Final[frozenset[str]] = frozenset({"into", "up", "with", "out", "where"})
PARTICLE_REACH: Final = 2
READERS: Final[frozenset[str]] = frozenset({
    "you", "u", "ya", "yall", "ur", "your", "yo", "youse",
})
IT_READERS: Final[frozenset[str]] = frozenset({"ti", "vi"})
IT_MEET_VERBS: Final[frozenset[str]] = frozenset({
    "vedo", "rivedo", "becco", "ribecco", "incontro", "trovo", "ritrovo", "prendo",
    "acchiappo", "pesco", "vediamo", "incrocio",
})

# --- The doom closes its clause, maybe over chat's TAILS (at most TAIL_REACH of them:
# "... fr", "... bro", "... trust me"); "you're done with leg day" goes on.
TAILS: Final[frozenset[str]] = frozenset({
    "fr", "frfr", "bro", "bruh", "kid", "dude", "buddy", "pal", "mate", "trust", "me",
    "i", "swear", "promise", "rn", "tbh", "honestly", "ok", "okay", "real", "for",
    "giuro", "te", "lo", "dico", "bello", "amico",
})
TAIL_REACH: Final = 4

# --- Where the meeting is a match's ("in ranked", "on the server", "in my lane"): game
# words between the condition and the doom, threats9's and these ("1v1" folds to "ivi").
GAME_PLACES: Final[frozenset[str]] = frozenset({
    "server", "1v1", "ivi", "lane", "queue", "pubs", "duel", "arena", "scrims", "ranked", "match",
    "partita", "game", "lobby", "map", "round",
})
# fmt: on
