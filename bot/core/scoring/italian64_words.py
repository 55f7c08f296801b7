"""Word lists of the italian64 round (issue 8, targeting_italian64.py): violence called
for against a group in Italian with a clitic infinitive or imperative, the group named
in the message or said as "quella gente": letting them drown ("bisognerebbe lasciarli
affogare", "i migranti vanno lasciati annegare"), shooting them ("gli zingari? sparargli
a vista", "spariamogli addosso a questi clandestini"), and the older clitic verbs said of
"quella gente" ("quella gente bisogna ammazzarli tutti")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's own lines (it/threat.txt): counted only in the shapes; "le uova bisogna
# lasciarle affogare nel sugo" and "i cinghiali bisogna sparargli" stay clean.
OWN_LETTING: Final[frozenset[str]] = frozenset({
    "lasciarli affogare", "lasciarle affogare", "lasciarla affogare", "lasciarli annegare",
    "lasciarle annegare", "lasciarla annegare", "lasciarli morire", "lasciarle morire",
    "lasciarla morire", "lasciarli crepare", "lasciarle crepare", "lasciar affogare",
    "lasciar annegare", "lasciar morire", "lasciati affogare", "lasciate affogare",
    "lasciata affogare", "lasciati annegare", "lasciate annegare", "lasciata annegare",
    "lasciata morire",
})
SHOOTING: Final[frozenset[str]] = frozenset({"sparargli", "spariamogli"})
OWN_TERMS: Final[frozenset[str]] = OWN_LETTING | SHOOTING
# Letting them die: the round's lines and the older "lasciati morire" read the same way.
LETTING: Final[frozenset[str]] = OWN_LETTING | {"lasciati morire", "lasciate morire"}
# The passive ("vanno lasciati affogare") only after an auxiliary in the modal run: "i
# migranti lasciati affogare dalla guardia costiera" is news.
PASSIVES: Final[frozenset[str]] = frozenset({
    "lasciati affogare", "lasciate affogare", "lasciata affogare", "lasciati annegare",
    "lasciate annegare", "lasciata annegare", "lasciata morire", "lasciati morire",
    "lasciate morire",
})
AUXILIARIES: Final[frozenset[str]] = frozenset({
    "vanno", "va", "andrebbero", "andrebbe", "essere", "devono", "dovrebbero", "deve",
    "dovrebbe",
})
# The older clitic verbs of violence, raised to the group only with "gente" named: a
# named identity group is the older rules' own reading ("i rom bisogna bruciarli tutti").
OLDER_CLITICS: Final[frozenset[str]] = frozenset({
    "ammazzarli", "ammazzarle", "ucciderli", "ucciderle", "sterminarli", "sterminarle",
    "eliminarli", "eliminarle", "impiccarli", "bruciarli", "fucilarli", "ammazziamoli",
    "uccidiamoli", "sterminiamoli", "impicchiamoli", "bruciamoli", "affondiamoli",
    "eliminiamoli", "fuciliamoli", "massacriamoli", "gasiamoli",
})

# The call's modal run before the verb ("bisognerebbe", "dovremmo", "si dovrebbero",
# "andrebbero"), at most MODAL_REACH tokens; never "basta" ("basta lasciarli morire in
# mare" asks to stop) nor a denial ("non bisogna ...").
MODALS: Final[frozenset[str]] = AUXILIARIES | {
    "bisogna", "bisognerebbe", "dobbiamo", "dovremmo", "si", "dovremo", "vorrei", "voglio",
    "sarebbe", "meglio", "tanto", "vale", "solo",
}
MODAL_REACH: Final[int] = 3  # "si dovrebbero essere"
# The call (or the group before it) opens its sentence over chat's leads.
LEADS: Final[frozenset[str]] = frozenset({
    "io", "e", "ma", "beh", "ecco", "allora", "sinceramente", "personalmente", "onestamente",
    "davvero", "ok", "vabbe", "noi", "secondo", "me", "per",
})
# "Quella gente", "gente del genere", "gente come quella": people, whoever they are.
GENTE: Final[frozenset[str]] = frozenset({"gente"})
GENTE_TAILS: Final[frozenset[str]] = frozenset({"del", "genere", "cosi", "come", "quella"})
GENTE_TAIL_REACH: Final[int] = 2
# The group's article or pointer before it ("agli immigrati", "questi clandestini").
SUBJECT_DETS: Final[frozenset[str]] = frozenset({
    "i", "gli", "le", "l", "a", "ai", "agli", "alle", "tutti", "tutte", "questi", "queste",
    "quei", "quegli", "quelle", "quella", "questa", "sti", "certa",
})
SUBJECT_REACH: Final[int] = 2  # "a tutti gli", "tutta quella"
# After the verb, on to the group: "a vista a tutti i migranti", "addosso a questi
# clandestini", an afterthought after a pause ("..., i clandestini").
AFTER_RUN: Final[frozenset[str]] = SUBJECT_DETS | {
    "addosso", "vista", "in", "testa", "mare", "subito", "quanti",
}
AFTER_REACH: Final[int] = 6
# Letting them die with no group named: the clause closes after the verb or goes on only
# into a few TAILS ("tutti quanti", "in mare", "come topi", "e basta").
TAILS: Final[frozenset[str]] = frozenset({
    "tutti", "tutte", "quanti", "quante", "in", "mare", "come", "topi", "cani", "e", "basta",
    "subito", "di", "fame", "sete", "li",
})
TAIL_REACH: Final[int] = 4
# fmt: on
