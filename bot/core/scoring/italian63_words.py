"""Word lists of the italian63 round (issue 8, targeting_italian63.py): death or harm
wished on a named group in Italian with "auguro" ("auguro la morte a tutti i musulmani",
"auguro ai migranti di affogare", "ai rom auguro una morte lenta") or with a wish and
"che" on the group or on "all of them" ("spero che gli ebrei si estinguano", "speriamo
che ammazzino tutti i rom", "speriamo che li ammazzino tutti")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's own lines (it/threat.txt): counted only in the shapes; "auguro ogni male a
# questa legge", "spero che le zanzare si estinguano" and "tre uccisi a Kiev" stay clean.
OWN_TERMS: Final[frozenset[str]] = frozenset({
    "di morire", "ogni male", "il peggio", "tutto il male", "estinguano", "estinguessero",
    "sterminati", "uccisi", "uccise", "bruciati", "ammazzino", "uccidano", "sterminino",
    "ammazzassero", "uccidessero", "sterminassero",
})

# The auguro shape: the harm wished, older lines ("morte", "affogare") and the round's.
WISHED_HARMS: Final[frozenset[str]] = frozenset({
    "morte", "affogare", "annegare", "crepare", "bruciare", "di morire", "ogni male",
    "il peggio", "tutto il male",
})
# The writer's own wish (never "ha augurato", "augura", "auguri?"), opening its sentence
# over LEADS, at most WISH_REACH tokens before the harm, no pause nor negation between.
WISH_VERBS: Final[frozenset[str]] = frozenset({"auguro", "auguriamo", "augurerei"})
WISH_REACH: Final[int] = 8  # "auguro a tutte le persone trans di morire"
DENIALS: Final[frozenset[str]] = frozenset({"non", "mai", "nessuno", "nessun", "neanche"})
LEADS: Final[frozenset[str]] = frozenset({
    "io", "e", "ma", "beh", "ecco", "allora", "sinceramente", "personalmente", "onestamente",
    "davvero", "ok", "vabbe", "noi",
})
# The recipient: "a", "ai", "agli", "alle" and at most GROUP_DET_REACH of GROUP_DETS
# before a named group ("a tutti gli", "a ogni").
RECIPIENT_MARKS: Final[frozenset[str]] = frozenset({"a", "ai", "agli", "alle", "all"})
GROUP_DETS: Final[frozenset[str]] = frozenset({
    "tutti", "tutte", "i", "gli", "le", "l", "ogni", "questi", "queste", "quei", "quegli",
    "quelle",
})
GROUP_DET_REACH: Final[int] = 2
RECIPIENT_LEADS: Final[frozenset[str]] = RECIPIENT_MARKS | GROUP_DETS
RECIPIENT_REACH: Final[int] = 3  # tokens back over RECIPIENT_LEADS ("a tutti gli")
# After the harm, before the recipient: "una morte lenta a", "tutto il male possibile ai",
# "tutto il male del mondo alle".
HARM_AFTER: Final[frozenset[str]] = frozenset({
    "lenta", "lente", "dolorosa", "atroce", "orribile", "terribile", "brutta", "possibile",
    "immaginabile", "vivi", "vive", "male", "del", "mondo",
})
HARM_AFTER_REACH: Final[int] = 2
# After the group or the harm, the clause closes or goes on only into a few TAILS.
TAILS: Final[frozenset[str]] = frozenset({
    "tutti", "tutte", "quanti", "quante", "presto", "subito", "male", "vivi", "vive",
    "affogati", "annegati", "lenta", "dolorosa", "davvero", "sinceramente", "proprio",
    "del", "mondo", "in", "italia",
})
TAIL_REACH: Final[int] = 3

# The che shape: a death wished on the group in the subjunctive ("si estinguano", "vengano
# sterminati", "ammazzino tutti i rom") after italian62's wish ("spero che", "magari");
# the older "sterminate", "bruciate", "ammazzate" (orders) and "ammazzati" (self-harm) are
# only raised to the group after "vengano" or "siano", never cancelled.
EXTINCTION: Final[frozenset[str]] = frozenset({"estinguano", "estinguessero"})
PASSIVES: Final[frozenset[str]] = frozenset({
    "sterminati", "sterminate", "uccisi", "uccise", "bruciati", "bruciate", "ammazzati",
    "ammazzate",
})
KILLINGS: Final[frozenset[str]] = frozenset({
    "ammazzino", "uccidano", "sterminino", "ammazzassero", "uccidessero", "sterminassero",
})
CHE_TERMS: Final[frozenset[str]] = EXTINCTION | PASSIVES | KILLINGS
# Right before the verb: "si" for the extinction, "vengano" or "siano" for a passive,
# "li" or "le" for "them" killed.
REFLEXIVE: Final[frozenset[str]] = frozenset({"si"})
AUXILIARIES: Final[frozenset[str]] = frozenset({"vengano", "venissero", "siano", "fossero"})
THEM: Final[frozenset[str]] = frozenset({"li", "le"})
VERB_RUN: Final[frozenset[str]] = REFLEXIVE | AUXILIARIES | THEM | {"tutti", "tutte"}
VERB_REACH: Final[int] = 3  # "tutti vengano sterminati", "si estinguano"
# The group before the verb: its article and "tutti" ("tutti gli ebrei").
SUBJECT_LEADS: Final[frozenset[str]] = frozenset({"tutti", "tutte", "i", "gli", "le", "l"})
SUBJECT_REACH: Final[int] = 2
# "All of them" after the verb, closing the clause ("speriamo che li ammazzino tutti").
ALL: Final[frozenset[str]] = frozenset({"tutti", "tutte", "quanti", "quante"})
ALL_REACH: Final[int] = 2
# fmt: on
