"""Word lists of the italian5 rules (issue 8): Italian chat spelling of "sei un",
the clitics a curse names, and the demonstratives before a name-call."""

from __future__ import annotations

from typing import Final

# "sei 1 coglione", "6 un fallito", "6 proprio scemo": chat writes "6" for "sei" and "1"
# for "un" (folded, the lone "1" reads "i", which the English rules take for "I").
SEI: Final = frozenset({"sei", "6"})
CHAT_ONE: Final = "i"  # a lone "1", folded
ARTICLES: Final = frozenset({"un", "una", "uno", "i"})
STRESS: Final = frozenset({"proprio", "davvero", "veramente", "troppo", "solo", "pure"})
# Stress words English shares: after a bare "6" and before an English plural they count
# ("6 pure idiots"), not "sei".
STRESS_EN: Final = frozenset({"pure", "solo"})
# A curse wished on someone names them with a clitic: "che dio la maledica".
CURSE_CLITICS: Final = frozenset({"lo", "la", "li", "le"})
CURSED: Final = frozenset({"maledica", "fulmini"})
# "questa troia", "sta baldracca": a demonstrative before a sexual name-call.
# fmt: off
THIS: Final = frozenset({
    "questa", "quella", "sta", "questo", "quello", "sto", "quest", "quell",
    "queste", "quelle", "ste", "questi", "quei", "sti",
})
# fmt: on
# Things chat curses with "che dio la maledica" ("sta stampante", "questi server"), beside
# the cue lists' own things: only a noun known as a thing is no person cursed.
# fmt: off
CURSED_THINGS: Final = frozenset({
    "stampante", "macchina", "server", "computer", "pc", "telefono", "cellulare", "app",
    "rete", "wifi", "internet", "giornata", "settimana", "pioggia", "neve", "afa",
    "partita", "gioco", "lag", "patch", "aggiornamento", "connessione", "bolletta",
    "bollette", "tasse", "burocrazia", "sveglia", "traffico", "lavatrice", "caldaia",
})
# fmt: on
OF: Final[frozenset[str]] = frozenset(
    {"di", "del", "della", "dello", "dell", "dei", "degli", "delle", "d"}
)
# "per soros ci vuole la forca": who "per" names, a word or two before the gallows.
GALLOWS: Final = ("ci", "vuole", "la", "forca")
FOR: Final = "per"
FOR_REACH: Final = 3
WRITER: Final = frozenset({"me", "noi"})  # "per me ci vuole la forca": the writer
INFINITIVE: Final = ("are", "ere", "ire")
# "è un idiota della peggior specie": the worst kind, not a thing's complement.
# fmt: off
WORST_KIND: Final = frozenset({
    ("della", "peggior", "specie"), ("della", "peggiore", "specie"),
    ("della", "peggior", "razza"), ("della", "peggiore", "razza"),
    ("della", "peggior", "sorta"), ("della", "peggiore", "sorta"),
})
# fmt: on
# "sono terrone e ne vado fiero": the writer's own name, said with pride.
I_AM: Final = frozenset({"sono", "rimango", "resto"})
PRIDE: Final = frozenset(
    {"fiero", "fiera", "fieri", "orgoglioso", "orgogliosa", "vanto", "fierezza"}
)
PRIDE_REACH: Final = 5
