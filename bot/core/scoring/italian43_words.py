"""Word lists of the italian43 round (issue 8, targeting_italian43.py): an identity group
called fit for removal or harm with "da" ("gli ebrei sono da eliminare", "questi
immigrati sono da rimpatriare tutti"), a group or one of its members shut out of
belonging or worth with "mai" ("un nero non sarà mai un vero italiano", "una donna non
sarà mai all'altezza") and a veiled threat to the readers ("sappiamo dove abitate", "vi
veniamo a prendere", "prima o poi vi troviamo")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian42_words as i42

# fmt: off
# The round's lexicon lines, read only by its rules. "da" and a verb of removal or harm
# the lexicon lacked (threat.txt, italian43): counted only with an identity group opening
# the sentence before it or closing it after ("i rom sono da rinchiudere", "sono da
# rinchiudere tutti questi rom"); "i rifiuti sono da buttare fuori" stays clean.
FIT_FOR: Final[frozenset[str]] = frozenset({
    "da rinchiudere", "da internare", "da sgomberare", "da affondare", "da bastonare",
    "da zittire", "da castrare", "da rimandare", "da abbattere", "da sopprimere",
    "da annientare", "da cancellare", "da isolare", "da allontanare", "da bandire",
    "da respingere", "da schiacciare", "da menare", "da rieducare", "da segregare",
    "da emarginare", "da estirpare", "da buttare fuori", "da buttare in mare",
    "da mandare via", "da spazzare via", "da togliere di mezzo", "da levare di mezzo",
    "da prendere a schiaffi", "da prendere a calci", "da prendere a pugni",
    "da prendere a bastonate", "da prendere a sprangate", "da mettere in galera",
    "da far sparire", "da tenere lontani", "da tenere lontane",
})
# The older lexicon's verbs of removal or harm (and their typo variants, read from the
# text), which the older rules leave unaimed after "da" ("gli ebrei sono da eliminare",
# "questi immigrati sono da rimpatriare"): the same shape aims them.
OLDER_VERBS: Final[frozenset[str]] = frozenset({
    "eliminare", "rimpatriare", "deportare", "cacciare", "espellere", "picchiare",
    "sterilizzare", "rispedire", "uccidere", "ammazzare", "bruciare", "linciare",
    "massacrare", "pestare", "curare",
})
DA: Final = "da"
# Between the group and "da": a being verb, "all of them", a few stressing words ("i rom
# sono tutti da rinchiudere", "gli immigrati sono solo da rispedire").
DA_BETWEEN: Final[frozenset[str]] = frozenset({
    "sono", "e", "sarebbero", "erano", "tutti", "tutte", "quanti", "solo", "soltanto",
    "proprio", "davvero", "assolutamente", "semplicemente", "ancora", "qui", "qua",
})
BETWEEN_REACH: Final = 4
# After the verb, before a group named last ("sono da eliminare tutti questi zingari").
AFTER_VERB: Final[frozenset[str]] = frozenset({"tutti", "tutte", "quanti"})
AFTER_REACH: Final = 2

# Shut out with "mai" (identity_attack.txt, italian43): "non" right before, a group or one
# of its members opening the sentence before "non", and a word of belonging or worth
# after, past a few leads ("un nero non sarà mai un vero italiano").
NEVER: Final[frozenset[str]] = frozenset({
    "sara mai", "saranno mai", "potra mai", "potranno mai", "diventera mai",
    "diventeranno mai",
})
NOT: Final = "non"
# Before the belonging word: articles, "essere", "di", "come", "al"/"alla" of "al nostro
# livello", "all'altezza" ("all", "altezza").
NEVER_LEAD: Final[frozenset[str]] = frozenset({
    "essere", "un", "una", "uno", "dei", "delle", "degli", "del", "della", "al", "all",
    "alla", "allo", "ai", "alle", "a", "come", "di", "parte", "davvero", "veramente",
    "tutto", "completamente", "abbastanza", "realmente", "nostro", "nostra",
    "persona", "persone", "cittadino", "cittadina", "cittadini",
})
NEVER_LEAD_REACH: Final = 4
BELONGING: Final[frozenset[str]] = frozenset({
    "italiano", "italiana", "italiani", "italiane", "europeo", "europea", "europei",
    "nostri", "nostre", "altezza", "livello", "pari", "uguale", "uguali",
    "vero", "vera", "veri", "vere", "degno", "degna", "degni", "degne", "normale", "normali",
    "civile", "civili", "civilizzato", "civilizzati", "onesto", "onesta", "onesti", "oneste",
    "capace", "capaci", "intelligente", "intelligenti", "bravo", "brava", "bravi", "brave",
    "buon", "buona", "buoni", "buone", "affidabile", "affidabili",
})
# "uno di noi", "come noi": "noi" only right after these ("sola con noi" is no shut-out).
US: Final = "noi"
US_AFTER: Final[frozenset[str]] = frozenset({"di", "come"})
# Before the group: i42's leads and a member of the group ("un nero", "una donna").
GROUP_LEAD: Final[frozenset[str]] = i42.GROUP_LEAD | frozenset({
    "un", "una", "uno", "ogni", "qualsiasi", "nessun",
})
OPENERS: Final[frozenset[str]] = i42.OPENERS

# Veiled threats to the readers (threat.txt, italian43) ...
VEILED: Final[frozenset[str]] = frozenset({
    "sappiamo dove abitate", "sappiamo dove vivete", "sappiamo dove vivi",
    "sappiamo dove lavorate", "so dove abitate", "so dove vivete", "sappiamo chi siete",
})
# ... and the older lines (threat.txt, italian39) the older rules read as said of a thing.
OLDER_VEILED: Final[frozenset[str]] = frozenset({
    "vi veniamo a prendere", "vi verremo a prendere", "verremo a prendervi",
})
# Finding the readers: a threat only with a menace in its sentence ("prima o poi vi
# troviamo", "vi troveremo tutti", "state attenti, vi troveremo"); "vi troviamo al bar"
# is a meeting.
FINDING: Final[frozenset[str]] = frozenset({
    "vi troviamo", "vi troveremo", "ti troviamo", "ti troveremo",
})
OWN_TERMS: Final[frozenset[str]] = FIT_FOR | NEVER | VEILED | FINDING
# They give way to an older term of the same length they overlap ("mai più" of "non
# sarà mai più", matching._YIELDING).
YIELDING: Final[frozenset[str]] = OWN_TERMS
# Words of menace in a finding's sentence: "prima o poi", "presto", "un giorno", "occhio",
# "state attenti", "ovunque", "uno per uno", "tutti".
MENACE: Final[frozenset[str]] = frozenset({
    "poi", "presto", "giorno", "occhio", "attenti", "attente", "attento", "ovunque",
    "dovunque", "uno", "tutti", "tutte", "sempre",
})
MENACE_REACH: Final = 6
# What may follow a veiled threat before its clause closes: "uno per uno", "a casa",
# "tutti", "e dove abitate".
TAILS: Final[frozenset[str]] = frozenset({
    "tutti", "tutte", "uno", "per", "a", "casa", "vostra", "sotto", "ovunque",
    "dovunque", "presto", "stanotte", "stasera", "prima", "o", "poi", "e", "dove",
    "abitate", "vivete", "lavorate", "siete", "state", "tranquilli", "vedrete",
})
TAIL_REACH: Final = 4
# A plan or a present after it in the message: "sappiamo dove abitate, vi mandiamo gli
# inviti", "..., passiamo a salutare", "vi portiamo la torta".
FRIENDLY: Final[frozenset[str]] = frozenset({
    "festa", "pranzo", "cena", "colazione", "torta", "regalo", "regali", "gelato", "caffe",
    "birra", "film", "concerto", "vacanza", "vacanze", "compleanno", "aperitivo", "pizza",
    "inviti", "invito", "partecipazioni", "salutare", "salutarvi", "saluto", "auguri",
    "pacco", "pacchi", "fiori", "biscotti", "dolci", "regalino", "sorpresa", "visita",
    "trovarvi", "abbracciarvi", "festeggiare",
})
FRIENDLY_REACH: Final = 10
# A clock time after "alle" makes a pick-up a plan: "vi veniamo a prendere alle otto".
CLOCK: Final[frozenset[str]] = frozenset({
    "una", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci",
    "undici", "dodici", "mezzanotte", "mezzogiorno",
})
CLOCK_BEFORE: Final[frozenset[str]] = frozenset({"alle", "all", "verso"})
# fmt: on
