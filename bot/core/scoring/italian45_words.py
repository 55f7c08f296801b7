"""Word lists of the italian45 round (issue 8, targeting_italian45.py): Italian hate
against an identity group with no harm word of its own, said as a rhetorical fragment
("gli ebrei? nel forno", "i rom? in galera", "le donne? in cucina") or as a conditional
of what should be done to it ("le donne andrebbero zittite", "i gay andrebbero
rieducati", "ai rom bisognerebbe togliere i figli")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian44_words as i44

# fmt: off
# The round's lexicon lines (identity_attack.txt, italian45), read only by its rules.
# Where a hated group is sent, said as a bare fragment after the group's topic: prisons,
# cages and asylums, camps and ovens, the boat or train out, the kitchen, servitude, and
# things thrown away. "la pizza? al forno", "i ladri? in galera" stay clean. Servitude
# without its "a" ("a lavare i piatti"), which older phrases end with ("buoni solo a");
# never "pulire i cessi", whose "cessi" is an older line of its own.
FRAGMENTS: Final[frozenset[str]] = frozenset({
    "nel forno", "al forno", "in forno", "nel forno crematorio", "al forno crematorio",
    "dietro le sbarre", "in galera", "in prigione", "in carcere", "in manicomio",
    "in catene", "al guinzaglio", "nello zoo", "nei lager", "nel lager", "in un lager",
    "nei campi di lavoro", "ai lavori forzati", "sul barcone", "sui barconi",
    "sul primo barcone", "sul primo aereo", "sul primo volo", "sul primo treno",
    "sul treno", "sui treni", "sui vagoni", "nei vagoni", "ai fornelli",
    "dallo psichiatra", "da buttare", "da rottamare", "da smaltire",
    "rispediti al mittente", "raccogliere il cotone", "lavare i piatti", "fare la calzetta",
})
# Older lines of the same kind, which the older rules read as aimed at the reader ("in
# gabbia") or at a group in a clause of its own ("a casa loro"): aimed at the group
# after its topic, and cancelled after a thing's ("i criceti? in gabbia").
OLDER_FRAGMENTS: Final[frozenset[str]] = frozenset({
    "in gabbia", "allo zoo", "in cucina", "nella giungla", "a casa loro",
})
# A group's mistreatment as a participle after a passive modal ("i gay andrebbero
# rieducati", "le donne vanno messe a tacere", "i musulmani dovrebbero essere schedati");
# the older participles ("rinchiusi", "deportati") have their own older phrases. Never
# "puniti", "punite" or "marchiate", whose typo tables would take "punti", "punte" and
# "marciate"; never "tenuti in casa", whose "in casa" older lines read.
PASSIVES: Final[frozenset[str]] = frozenset({
    "zittiti", "zittite", "rieducati", "rieducate", "schedati", "schedate",
    "raddrizzati", "raddrizzate", "marchiati", "segregati", "ghettizzati",
    "ghettizzate", "emarginati", "emarginate", "isolati", "isolate", "sorvegliati",
    "sorvegliate", "internati", "internate", "censurati", "censurate",
    "allontanati", "allontanate", "rimandati", "rimandate", "messi a tacere",
    "messe a tacere", "tenuti lontani", "tenute lontane", "tenuti a distanza",
    "tenute a distanza",
})
# A right or a thing taken from a group, as a demand: the modal and the verb of taking
# ("ai rom bisognerebbe togliere i figli", "agli immigrati andrebbe tolta la
# cittadinanza").
_DEMANDS: Final[tuple[str, ...]] = ("bisognerebbe", "bisogna", "dovremmo", "dovrebbe")
_TAKE_VERBS: Final[tuple[str, ...]] = ("togliere", "negare", "vietare", "levare")
_PASSIVE_DEMANDS: Final[tuple[str, ...]] = ("andrebbe", "andrebbero", "va", "vanno")
_TAKEN_FORMS: Final[tuple[str, ...]] = (
    "tolto", "tolta", "tolti", "tolte", "negato", "negata", "negati", "negate", "vietato",
    "vietata", "vietati", "vietate", "levato", "levata", "levati", "levate",
)
TAKINGS: Final[frozenset[str]] = frozenset(
    {f"{demand} {verb}" for demand in _DEMANDS for verb in _TAKE_VERBS}
    | {f"{demand} {form}" for demand in _PASSIVE_DEMANDS for form in _TAKEN_FORMS}
)
OWN_TERMS: Final[frozenset[str]] = FRAGMENTS | PASSIVES | TAKINGS

# The fragment: between the topic's pause and the place, quantifiers, time words,
# "straight", "stuff" and servitude's "a" ("gli ebrei? tutti dritti nel forno", "i
# disabili? roba da buttare", "le donne? a lavare i piatti").
FRAGMENT_LEAD: Final[frozenset[str]] = i44.FILLERS | frozenset({
    "dritti", "dritte", "direttamente", "subito", "solo", "sempre", "roba", "gente", "merce",
    "a",
})
FRAGMENT_LEAD_REACH: Final[int] = 4
# What may follow the place to the clause's end: "in cucina e zitte", "in galera a vita",
# "in galera e buttare la chiave", "sul treno per auschwitz", "come una volta".
FRAGMENT_TAILS: Final[frozenset[str]] = frozenset({
    "e", "zitti", "zitte", "muti", "mute", "via", "subito", "sempre", "per", "a", "vita",
    "tutti", "tutte", "come", "una", "volta", "senza", "ritorno", "di", "nuovo",
    "buttare", "buttate", "la", "chiave", "finalmente", "auschwitz", "dachau", "birkenau",
    "treblinka",
})
FRAGMENT_TAIL_REACH: Final[int] = 5
# A thing's topic before an older fragment: an article and a noun, maybe an adjective
# ("i criceti? in gabbia", "le galline vecchie? in cucina").
THING_ARTICLES: Final[frozenset[str]] = frozenset({
    "il", "lo", "la", "l", "i", "gli", "le",
})
THING_SPAN: Final[int] = 3

# The passive modal before the participle: one word, or a modal and "essere".
PASSIVE_MODALS: Final[frozenset[str]] = frozenset({
    "andrebbero", "vanno", "andranno", "andrebbe", "va",
})
BE_MODALS: Final[frozenset[str]] = frozenset({
    "dovrebbero", "devono", "dovranno", "dovrebbe", "deve",
})
BE: Final[str] = "essere"
# Between the modal and the participle: "andrebbero tutti rieducati", "vanno subito
# schedati".
PASSIVE_BETWEEN: Final[frozenset[str]] = frozenset({
    "tutti", "tutte", "quanti", "subito", "solo", "semplicemente", "proprio",
    "immediatamente", "assolutamente",
})
PASSIVE_BETWEEN_REACH: Final[int] = 2
# A condition or a care after the participle makes it no call against the group: "i
# rimpatriati se commettono reati", "andrebbero isolati per proteggerli".
PASSIVE_TAMERS: Final[frozenset[str]] = frozenset({
    "se", "quando", "qualora", "finche", "proteggerli", "proteggerle", "proteggere",
    "protezione", "tutelarli", "tutelarle", "sicurezza", "bene", "cura", "curarli",
    "aiutarli", "aiutarle", "virus", "covid", "contagio", "quarantena",
})
TAMER_REACH: Final[int] = 8

# After the taking: an article, then the right or thing taken.
TAKE_ARTICLES: Final[frozenset[str]] = frozenset({
    "il", "lo", "la", "l", "i", "gli", "le", "ogni", "qualsiasi", "tutti", "tutte", "anche",
})
TAKE_ARTICLE_REACH: Final[int] = 2
TAKEN: Final[frozenset[str]] = frozenset({
    "voto", "diritto", "diritti", "cittadinanza", "figli", "figlio", "patente", "parola",
    "pensione", "pensioni", "passaporto", "lavoro", "casa", "case", "permesso", "permessi",
    "sussidi", "sussidio", "reddito", "liberta", "residenza", "stipendio", "stipendi",
    "nazionalita", "sanita", "cure",
})
# Between the dative group and the demand: "ai rom si dovrebbe togliere", "alle donne
# proprio bisognerebbe ...".
TAKE_LEAD: Final[frozenset[str]] = frozenset({
    "si", "proprio", "subito", "davvero", "anche", "solo", "finalmente",
})
TAKE_LEAD_REACH: Final[int] = 2
# The dative before the group ("ai rom", "alle donne", "a tutti gli immigrati"), past
# quantifiers and articles.
DATIVES: Final[frozenset[str]] = frozenset({"a", "ai", "agli", "alle", "al", "alla", "all"})
DATIVE_GROUP_LEAD: Final[frozenset[str]] = frozenset({
    "tutti", "tutte", "questi", "queste", "quei", "quegli", "quelle", "sti", "ste", "i",
    "gli", "le",
})
DATIVE_GROUP_REACH: Final[int] = 2
# fmt: on
