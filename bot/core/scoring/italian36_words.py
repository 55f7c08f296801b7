"""Word lists of the italian36 round (issue 8, targeting_italian36.py): disgust at an
identity group's ordinary act ("mi fa schifo vedere due gay che si baciano", "è
disgustoso che i gay si bacino in pubblico") and contact or a chance refused to a group
member ("non voglio un collega gay", "non darei mai lavoro a un nero", "non farei mai
giocare mio figlio con un rom", "I don't want a muslim neighbour")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's lexicon lines (insult.txt, identity_attack.txt; italian36): read only in
# this round's shapes, cancelled elsewhere ("è disgustoso il cibo della mensa").
DISGUST: Final[frozenset[str]] = frozenset({
    "disgustoso", "disgustosa", "mi disgusta", "fa ribrezzo", "mi fa ribrezzo",
})
REFUSALS: Final[frozenset[str]] = frozenset({
    "non darei mai", "non farei mai", "non lascerei mai", "non prenderei mai",
    # the English ones, said by the writer ("I wouldn't let my kids play with ..."); no
    # "would never let", whose shapes hatecheck15 and hateprobe7 read ("I would never let
    # a muslim near my kids").
    "wouldn t let", "wouldnt let", "would not let", "would never give", "d never give",
})
OWN_TERMS: Final[frozenset[str]] = DISGUST | REFUSALS
# Older disgust terms aimed in the act's shape too ("mi fa schifo vedere due gay ...").
OLD_DISGUST: Final[frozenset[str]] = frozenset({
    "fa schifo", "che schifo", "che schifo vedere", "mi fa vomitare", "fa vomitare",
    "ripugnante",
})
# Older "not wanted" terms aimed at a member named right after ("non voglio un collega
# gay", "I don't want a muslim neighbour").
OLD_UNWANTED: Final[frozenset[str]] = frozenset({
    "non voglio", "non voglio i", "non voglio gli", "non voglio le", "don t want",
    "dont want", "do not want",
})
# Right after the disgust, what opens the act: "vedere", "che", "quando", "se vedo".
ACT_OPENERS: Final[frozenset[str]] = frozenset({"vedere", "che", "quando", "se", "vedo"})
OPENER_REACH: Final = 2
# Before the group: articles, numbers, demonstratives, prepositions.
DETERMINERS: Final[frozenset[str]] = frozenset({
    "due", "i", "gli", "le", "il", "lo", "la", "l", "dei", "degli", "delle", "un", "una",
    "uno", "questi", "queste", "quei", "quelle", "certi", "certe", "a", "ad", "con", "ai",
    "agli", "alle", "al", "alla", "allo", "an", "any", "some", "mai", "with", "to",
    "near",
})
DETERMINER_REACH: Final = 2
# People and roles a group word may follow or precede: "un collega gay", "due uomini
# gay", "un medico nero", "vicini rom", "a muslim neighbour", "a gay teacher".
ROLES: Final[frozenset[str]] = frozenset({
    "uomo", "uomini", "donne", "ragazzo", "ragazza", "ragazzi", "ragazze", "coppia",
    "coppie", "persona", "persone", "bambino", "bambina", "bambini", "bambine",
    "collega", "colleghi", "colleghe", "vicino", "vicina", "vicini", "vicine", "medico",
    "medici", "dottore", "dottoressa", "capo", "insegnante", "insegnanti", "maestro",
    "maestra", "professore", "professoressa", "coinquilino", "coinquilina",
    "coinquilini", "inquilino", "inquilina", "inquilini", "babysitter", "badante",
    "allenatore", "allenatrice", "compagno", "compagna", "dipendente", "dipendenti",
    "neighbour", "neighbor", "neighbours", "neighbors", "coworker", "coworkers",
    "colleague", "colleagues", "teacher", "teachers", "boss", "doctor", "doctors",
    "roommate", "roommates", "tenant", "tenants", "nanny", "coach",
    "family", "families", "kids", "children", "guy", "guys", "man", "men", "woman",
    "people", "person",
})
# A colour or "rom" after a role names the member: "un medico nero", "vicini rom".
AFTER_ROLE: Final[frozenset[str]] = frozenset({
    "nero", "nera", "neri", "nere", "rom", "zingaro", "zingara", "zingari",
})
# The member's phrase closes the refused clause, or a place or purpose follows: "non
# voglio un collega gay", "... gay nella mia squadra", "... gay per mio figlio"; "non
# voglio un collega gay triste" says something else.
CLOSERS: Final[frozenset[str]] = frozenset({
    "per", "nella", "nel", "nei", "nelle", "negli", "nello", "in", "a", "al", "alla",
    "come", "qui", "qua", "vicino", "accanto", "sul", "sulla", "for", "on", "at", "as",
    "near", "next", "here", "around", "living", "mai",
})
# Within the refusal, harm refused is kindness: "non farei mai del male a un gay", "non
# lascerei mai solo un amico nero", "non prenderei mai in giro un rom".
HARM_WORDS: Final[frozenset[str]] = frozenset({
    "male", "torto", "giro", "battuta", "battute", "offendere", "offenderei",
    "insultare", "discriminare", "picchiare", "solo", "sola", "soli", "sole",
    "differenza", "differenze", "razzista", "amico", "amica", "amici", "amiche",
    "cosa", "cose", "simile", "questo", "niente", "nulla", "scherzo", "violenza",
    "danno", "hurt", "harm", "mock", "bully", "insult", "alone", "down", "friend",
    "friends", "anyone", "anybody", "nobody", "disrespect", "discriminate", "racist",
    "happen", "happens", "that", "this", "it", "up", "you", "u", "racism",
})
# A thing named by the group word after it: "a gay bar", "a gay charity", "un bar gay".
GROUP_THINGS: Final[frozenset[str]] = frozenset({
    "bar", "bars", "club", "clubs", "charity", "pride", "marriage", "rights", "movie",
    "movies", "show", "book", "books", "flag", "parade", "wedding", "ban", "music",
    "church", "mosque", "food", "restaurant", "neighborhood", "neighbourhood", "culture",
    "history", "film", "musica", "cucina", "ristorante", "quartiere", "matrimonio",
    "diritti", "bandiera",
})
REFUSAL_REACH: Final = 9  # from the refusal to the member: "... giocare mio figlio con un rom"
# Words that end the refusal's clause before the member: a new clause.
CLAUSE_ENDS: Final[frozenset[str]] = frozenset({"che", "perche", "ma", "se", "quando"})
# After the group, the act done to them: the disgust is at the doer ("mi fa schifo
# vedere due gay picchiati", "è disgustoso che i neri vengano trattati così").
VICTIM_WORDS: Final[frozenset[str]] = frozenset({
    "picchiati", "picchiate", "picchiato", "picchiata", "trattati", "trattate",
    "trattato", "trattata", "insultati", "insultate", "insultato", "insultata",
    "discriminati", "discriminate", "discriminato", "discriminata", "aggrediti",
    "aggredite", "aggredito", "aggredita", "vengano", "venga", "vengono", "viene",
    "subire", "subiscano", "subiscono", "umiliati", "umiliate", "derisi", "derise",
    "presi", "prese", "cacciati", "cacciate", "uccisi", "uccise", "non", "ancora",
})
VICTIM_REACH: Final = 8
# After the group, a wrong the member does: the disgust is at the wrong ("mi fa schifo
# vedere una donna che picchia il marito").
WRONG_ACTS: Final[frozenset[str]] = frozenset({
    "picchia", "picchiano", "ruba", "rubano", "uccide", "uccidono", "maltratta",
    "maltrattano", "stupra", "stuprano", "molesta", "molestano", "spaccia", "spacciano",
    "aggredisce", "aggrediscono", "insulta", "insultano", "sfrutta", "sfruttano",
})
# A denial right before the disgust or the refusal: "non mi fa schifo", "non è disgustoso".
NEGATIONS: Final[frozenset[str]] = frozenset({"non", "mai", "nessuno", "niente", "not"})
NEGATION_REACH: Final = 3
# Someone else's words before the refusal: "chi dice ...", "mio zio dice che ...".
REPORTERS: Final[frozenset[str]] = frozenset({
    "dice", "dicono", "dire", "detto", "diceva", "scrive", "scritto", "chi", "says",
    "said", "saying", "say", "who",
})
REPORT_REACH: Final = 8
# The writer before the English refusal: "I don't want", "we don't want".
WRITERS: Final[frozenset[str]] = frozenset({"i", "we", "me"})
WRITER_REACH: Final = 2
# fmt: on
