"""Words of the italian70 round (issue 8, targeting_italian70.py): a named group
dehumanised as vermin in a simile ("i cinesi sono come insetti", "gli africani sono come
vampiri"), and a named group's humanity denied ("gli ebrei non fanno parte dell'umanità",
"i musulmani sono mezzi uomini", "gli immigrati sono sub-umani", "gli immigrati non
meritano di essere chiamati persone")."""

from __future__ import annotations

from typing import Final

# fmt: off
# --- The simile: vermin and beasts the lexicon already reads of a named group (the
# `said_of_group` cues and the insult lines), which hateprobe3 leaves unread after "come".
VERMIN: Final[frozenset[str]] = frozenset({
    "insetti", "mosche", "vampiri", "iene", "sciacalli", "cavallette", "piattole",
    "bacilli", "parassiti", "zecche", "pidocchi", "sanguisughe", "vermi", "scarafaggi",
    "blatte", "ratti", "topi", "scimmie", "pulci", "cimici", "locuste",
})
LIKE: Final[str] = "come"
# Between "come" and the vermin: "come [gli] insetti", "come [dei] vampiri".
ARTICLES: Final[frozenset[str]] = frozenset({
    "i", "gli", "le", "dei", "degli", "delle", "tanti", "tante",
})
ARTICLE_REACH: Final[int] = 1
# --- The humanity denied: this round's lines (lexicons/it/identity_attack.txt, italian70),
# folded as the lexicon folds them, said right after the group or after its copula.
HUMANITY: Final[frozenset[str]] = frozenset({
    "mezzi uomini", "mezze persone", "mezze bestie", "non fanno parte dell'umanita",
    "non fanno parte del genere umano", "non fanno parte della razza umana",
    "non appartengono all'umanita", "non appartengono al genere umano",
    "fuori dall'umanita", "sub umani", "sotto uomini", "sotto umani",
})
# The round's new `said_of_group` cues (lexicons/it/cues.txt, italian70): read by
# hateprobe3, cancelled here when unsaid ("i cinesi sono insetti? ma che dici").
NEW_CUES: Final[frozenset[str]] = frozenset({"insetti", "mosche"})
# The plural copula after the group ("i rom [sono] ...").
COPULAS: Final[frozenset[str]] = frozenset({"sono", "erano", "restano", "rimangono"})
# Between the copula and the verdict: "sono [tutti] come insetti", "sono [solo dei] mezzi
# uomini", "sono [esseri] sub-umani".
ADVERBS: Final[frozenset[str]] = frozenset({
    "tutti", "tutte", "quanti", "quante", "solo", "soltanto", "solamente", "semplicemente",
    "veramente", "davvero", "proprio", "sempre", "ormai", "comunque", "dei", "degli",
    "delle", "esseri", "praticamente", "letteralmente",
})
ADVERB_REACH: Final[int] = 3
# --- The name denied: "non meritano di essere chiamati persone".
NOT: Final[str] = "non"
PASSIVE_LEAD: Final[tuple[str, str]] = ("di", "essere")
CALLED: Final[frozenset[str]] = frozenset({
    "chiamati", "chiamate", "definiti", "definite", "considerati", "considerate",
    "trattati", "trattate",
})
# Between the passive and the name: "chiamati [veri] esseri umani", "[delle] persone".
NAME_LEADS: Final[frozenset[str]] = frozenset({
    "veri", "vere", "degli", "delle", "esseri", "come",
})
NAME_LEAD_REACH: Final[int] = 2
HUMAN_NAMES: Final[frozenset[str]] = frozenset({
    "persone", "umani", "umane", "uomini", "cristiani", "individui",
})
# The group opens its clause, maybe after its article and a few openers ("secondo me i
# rom non meritano ...", "penso che tutti gli zingari ..."); never the object of another's
# verb.
OPENERS: Final[frozenset[str]] = frozenset({
    "e", "ma", "quindi", "pero", "allora", "insomma", "secondo", "me", "per", "penso",
    "credo", "che", "onestamente", "sinceramente", "i", "gli", "le", "tutti", "tutte",
    "questi", "queste",
})
OPENER_REACH: Final[int] = 4
# fmt: on
