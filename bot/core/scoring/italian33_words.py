"""Word lists of the italian33 round (issue 8, targeting_italian33.py): a group named,
then attacked in a later clause or sentence ("ho visto dei rom alla stazione, facevano
schifo", "ho un collega gay ed è un malato"), and a group shut out by a verbless call
("niente più stranieri nelle nostre scuole", "nessun rom nel nostro quartiere")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's lexicon lines (insult.txt, threat.txt, exclusion.txt; italian33): disgust
# and beatings in the tenses the older lines lacked; read only after a group named before.
DISGUST: Final[frozenset[str]] = frozenset({
    "facevano schifo", "hanno fatto schifo", "fecero schifo", "facevano ribrezzo",
    "hanno fatto ribrezzo", "facevano vomitare", "hanno fatto vomitare",
    "meriterebbero solo botte", "meriterebbero botte", "meritano solo botte",
})
# Verbless calls that open their sentence, which may close right after the group ("mai
# più immigrati!"); "nessun rom" needs "qui" or a place of ours ("nessun immigrato." may
# answer "quanti sono morti?").
# Verbless calls that open their sentence: "niente più rom", "mai più immigrati".
CALLS: Final[frozenset[str]] = frozenset({"niente piu", "mai piu"})
OWN_TERMS: Final[frozenset[str]] = DISGUST | CALLS
# Older terms read in the call's shape too: "niente rom", "nessun rom".
OLD_CALLS: Final[frozenset[str]] = frozenset({"niente", "nessun", "nessuna", "nessuno"})
MORE: Final = "piu"  # "nessun rom più", "niente più rom"
# Things that stand for a group in a call to shut it out: "niente moschee in Italia".
GROUP_THINGS: Final[frozenset[str]] = frozenset({
    "moschea", "moschee", "minareti", "sinagoga", "sinagoghe",
})
# "rom" names the group right after a call's word ("niente più rom", "nessun rom").
ROM: Final = "rom"
# "rom" as a group after a word of people before it: "una famiglia rom", "dei vicini rom".
ROM_PEOPLE: Final[frozenset[str]] = frozenset({
    "famiglia", "famiglie", "gruppo", "gruppi", "vicini", "vicino", "ragazzi", "ragazze",
    "bambini", "donne", "uomini", "persone",
})
# Where the group is shut out of, after the group: "qui", "in Italia", "nelle nostre
# scuole", "dal nostro paese"; the clause must close after it ("nessun immigrato nel
# nostro paese è illegale" says something else).
HERE: Final[frozenset[str]] = frozenset({"qui", "qua"})
INTO: Final[frozenset[str]] = frozenset({
    "in", "nel", "nella", "nei", "nelle", "negli", "nello", "dal", "dalla", "dai",
    "dalle", "dagli", "dallo", "tra", "fra",
})
OURS: Final[frozenset[str]] = frozenset({
    "nostro", "nostra", "nostri", "nostre", "italia", "europa", "occidente",
})
PLACE_REACH: Final = 4  # "in Italia", "nelle nostre scuole", "nel nostro bel paese"
# Between the group and the disgust: "mi", "proprio", "davvero" ("... e mi facevano
# proprio schifo"); a plural subject between ("i piatti facevano schifo") names another.
OTHER_SUBJECTS: Final[frozenset[str]] = frozenset({"i", "gli", "le", "questi", "quei"})
# Between the group and the disgust, a clause's boundary (a pause, or one of these): the
# group named in one clause, attacked in the next ("dei neri e facevano schifo", "delle
# donne che meriterebbero solo botte"); "le donne hanno fatto schifo in finale" is a
# match report, said of the group as its subject.
CLAUSE_LINKS: Final[frozenset[str]] = frozenset({"e", "ed", "che", "ma", "perche", "poi"})
# Peoples of a nation or region are as often a team or a kitchen ("abbiamo giocato
# contro i francesi e hanno fatto schifo", "i ristoranti cinesi facevano schifo").
NATIONS: Final[frozenset[str]] = frozenset({
    "francesi", "tedeschi", "americani", "russi", "ucraini", "inglesi", "cinesi",
    "albanesi", "rumeni", "marocchini", "napoletani", "siciliani", "calabresi",
    "pugliesi", "sardi", "polentoni", "meridionali", "indiani", "pakistani", "tunisini",
    "senegalesi", "nigeriani", "bengalesi", "magrebini", "arabi", "cristiani",
})
# The disgust denied ("non mi hanno mai fatto schifo") just before the term.
NEGATIONS: Final[frozenset[str]] = frozenset({"non", "mai", "nemmeno", "neanche", "mica"})
NEGATION_REACH: Final = 3
# Openers of a sentence that points back at the group named in the one before ("Ho
# visto degli ebrei. Mi hanno fatto schifo."): the term opens it after these.
BACK_OPENERS: Final[frozenset[str]] = frozenset({
    "mi", "ci", "e", "ma", "tutti", "tutte", "proprio", "davvero", "onestamente",
})
BACK_REACH: Final = 3
GROUP_REACH: Final = 14  # tokens back from the term to the group in the sentence
# A member of a group insulted: "<one> <group word> ed è un <insult>".
MEMBER_WORDS: Final[frozenset[str]] = frozenset({
    "gay", "lesbica", "trans", "transessuale", "omosessuale", "bisessuale", "musulmano",
    "musulmana", "islamico", "islamica", "ebreo", "ebrea", "rom", "zingaro", "zingara",
    "disabile", "handicappato", "handicappata", "immigrato", "immigrata", "straniero",
    "straniera", "africano", "africana", "femminista",
})
MEMBER_INSULTS: Final[frozenset[str]] = frozenset({
    "malato", "malata", "bestia", "peso", "ladro", "ladra", "parassita", "animale",
    "criminale", "delinquente", "terrorista", "scimmia", "pervertito", "pervertita",
    "degenerato", "degenerata", "verme", "schifo", "mostro", "maniaco", "feccia",
})
ARTICLES: Final[frozenset[str]] = frozenset({"un", "una", "uno"})
COPULAS: Final[frozenset[str]] = frozenset({"e", "era"})  # "è" folds to "e"
AND: Final[frozenset[str]] = frozenset({"ed", "e"})
# An opinion between "and" and the copula: "e per me è una malata".
ASIDES: Final[frozenset[str]] = frozenset({"per", "me", "secondo", "proprio", "pure"})
ASIDE_REACH: Final = 2
MEMBER_REACH: Final = 8  # tokens back from "ed" to the group word
# A slogan asked and answered no: "gli immigrati a casa loro? no, restano qui".
SLOGANS: Final[frozenset[str]] = frozenset({"a casa loro"})
DENIERS: Final[frozenset[str]] = frozenset({
    "no", "ma", "macche", "assolutamente",
})
# fmt: on
