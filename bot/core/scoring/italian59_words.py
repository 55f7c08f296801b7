"""Word lists of the italian59 round (issue 8, targeting_italian59.py): a vice said to be
in a named group's blood, DNA or nature ("è nel sangue degli zingari rubare", "i musulmani
hanno la violenza nel dna", "mentire è nella natura delle donne") or to be its habit ("gli
ebrei hanno il vizio del denaro")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's innate lines (it/identity_attack.txt): counted only with a named group and a
# vice in the sentence around them; "i napoletani hanno la musica nel sangue" and "ho la
# musica nel sangue" stay clean.
INNATE_TERMS: Final[frozenset[str]] = frozenset({
    "nel sangue", "nel dna", "nei geni", "nella natura", "nel loro sangue", "nel loro dna",
    "nei loro geni", "nella loro natura",
})
# The round's habit line: counted only with a named group right before it ("i rom hanno
# il vizio di rubare"); "mio padre ha il vizio del fumo" stays clean.
HABIT_TERMS: Final[frozenset[str]] = frozenset({"hanno il vizio"})
OWN_TERMS: Final[frozenset[str]] = INNATE_TERMS | HABIT_TERMS
# Vices, as nouns, verbs and the names of those who have them: "il furto", "rubare",
# "rubano", "ladri". Gifts and tastes ("la musica", "il calcio", "il ritmo") are none.
VICES: Final[frozenset[str]] = frozenset({
    # nouns
    "furto", "furti", "violenza", "delinquenza", "criminalita", "crimine", "crimini",
    "avidita", "avarizia", "tradimento", "menzogna", "menzogne", "bugia", "bugie", "truffa",
    "truffe", "inganno", "imbroglio", "pigrizia", "sporcizia", "terrorismo", "malvagita",
    "cattiveria", "falsita", "disonesta", "usura", "stupro", "perversione", "vizio",
    "vizi", "spaccio", "parassitismo", "accattonaggio", "odio", "sottomissione",
    # verbs, infinitive and plural present
    "rubare", "rubano", "mentire", "mentono", "truffare", "truffano", "ingannare",
    "ingannano", "imbrogliare", "imbrogliano", "tradire", "tradiscono", "delinquere",
    "uccidere", "uccidono", "ammazzare", "ammazzano", "stuprare", "stuprano", "violentare",
    "violentano", "spacciare", "spacciano", "rapinare", "rapinano", "borseggiare",
    "fregare", "fregano", "sfruttare", "sfruttano", "mendicare", "elemosinare",
    "adescare", "odiare", "odiano",
    # those who have them
    "ladri", "ladre", "bugiardi", "bugiarde", "violenti", "criminali", "delinquenti",
    "traditori", "traditrici", "truffatori", "parassiti", "terroristi", "stupratori",
    "spacciatori", "usurai", "pervertiti", "falsi", "false",
})
INNATE_REACH: Final[int] = 10  # tokens each side of the innate line, in its sentence
# A denial in the innate line's sentence: "gli zingari non hanno il furto nel sangue",
# "nessuno ha il crimine nel sangue, nemmeno gli immigrati", "i rom hanno la musica nel
# sangue, non il furto".
DENIALS: Final[frozenset[str]] = frozenset({
    "non", "nessuno", "nessun", "nessuna", "mai", "nemmeno", "neanche", "neppure",
})
# A vice suffered or fought, not had: "i rom subiscono violenza", "la lotta contro il
# terrorismo è nel dna dei musulmani moderati", "la violenza contro le donne".
SUFFERED: Final[frozenset[str]] = frozenset({
    "contro", "verso", "subiscono", "subire", "subito", "subita", "subiti", "subite",
    "vittime", "vittima", "lotta", "lottano", "combattere", "combattono", "perseguitati",
    "perseguitate", "perseguitato", "perseguitata",
})
