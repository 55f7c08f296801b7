"""Words of the threats12 round (issue 8, targeting_threats12.py): the writer's blow at
the reader promised under a condition of being together ("if u were here rn id punch u",
"if i was there id smack you", "if we were in the same room id knock you out", "se fossi
qui ti prenderei a pugni", "se eri qui ti davo uno schiaffo")."""

from __future__ import annotations

from typing import Final

# fmt: off
# --- The round's own lines (en/threat.txt, it/threat.txt): the blow the older lines
# missed ("punch you", "punch u"; "spaccherei la faccia", "darei un pugno", "davo uno
# schiaffo"); counted only in the shape, cancelled everywhere else ("i'd punch you in
# smash lol", "ti darei un pugno di riso").
EN_TERMS: Final[frozenset[str]] = frozenset({"punch you", "punch u", "punch ya"})
IT_TERMS: Final[frozenset[str]] = frozenset({
    "spaccherei la faccia", "spaccavo la faccia", "darei un pugno", "darei uno schiaffo",
    "davo un pugno", "davo uno schiaffo", "prendevo a pugni", "prendevo a schiaffi",
})
OWN_TERMS: Final[frozenset[str]] = EN_TERMS | IT_TERMS

# --- The blow: a threat line naming the reader ("smack u", "knock ur", "beat you"), or
# an Italian one right after the reader's clitic ("ti prenderei a pugni"): the older
# lines' own reader words, or a clitic before the Italian ones.
READERS: Final[frozenset[str]] = frozenset({"you", "u", "ya", "ur", "your", "yo"})
IT_READERS: Final[frozenset[str]] = frozenset({"ti", "vi"})
IT_BLOWS: Final[frozenset[str]] = IT_TERMS | frozenset({
    "prenderei a pugni", "prenderei a schiaffi", "prenderei a calci",
})

# --- The doer, the writer, read back from the blow over AUXILIARIES (at most DOER_REACH
# tokens: "i'd", "i would", "i swear id", "id honestly").
WRITERS: Final[frozenset[str]] = frozenset({"i", "id", "we", "wed", "ill", "imma", "ima"})
AUXILIARIES: Final[frozenset[str]] = frozenset({
    "d", "would", "wud", "woulda", "will", "ll", "just", "honestly", "literally", "swear",
    "prob", "probably", "def", "definitely", "totally",
})
DOER_REACH: Final = 3

# --- Being together, said as a condition at most TOGETHER_REACH tokens before the blow
# in its sentence: CONDITIONS, a subject maybe (at most SUBJECT_REACH tokens), a verb of
# being in BEING, then a place of presence within PLACE_REACH tokens ("if u were here",
# "if i was there rn", "if we were in the same room", "if you were in front of me", "se
# fossi qui", "se ero lì", "se fossimo nella stessa stanza").
TOGETHER_REACH: Final = 14
CONDITIONS: Final[frozenset[str]] = frozenset({"if", "se"})
SUBJECTS: Final[frozenset[str]] = frozenset({"i", "u", "you", "ur", "we", "ya", "only"})
SUBJECT_REACH: Final = 2
BEING: Final[frozenset[str]] = frozenset({
    "were", "was", "wer", "wuz", "fossi", "fossimo", "foste", "eri", "ero", "eravamo",
})
PLACES: Final[frozenset[str]] = frozenset({
    "here", "there", "next", "front", "room", "same", "irl", "with", "near",
    "qui", "qua", "li", "davanti", "vicino", "vicina", "vicini", "stanza",
})
PLACE_REACH: Final = 4

# --- The blow closes its clause, maybe over chat's TAILS (at most TAIL_REACH: "... so
# hard", "... out", "... teeth out", "... in the face rn fr"); "id beat u at chess"
# and "id punch you in smash" go on.
TAILS: Final[frozenset[str]] = frozenset({
    "so", "hard", "out", "up", "rn", "fr", "frfr", "bro", "right", "now", "in", "the",
    "face", "teeth", "nose", "lights", "mouth", "jaw", "head", "again", "twice", "i",
    "swear", "honestly", "tbh", "dude", "kid", "ok", "okay", "real", "quick",
    "adesso", "ora", "subito", "giuro", "faccia", "bello", "amico",
})
TAIL_REACH: Final = 4
# fmt: on
