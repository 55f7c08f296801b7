"""Word lists of the italian46 round (issue 8, targeting_italian46.py): Italian
counter-speech that judges whoever wrongs an identity group ("chi odia i musulmani è un
ignorante", "augurare la morte ai rom è da criminali"), and an older identity attack said
in the clause right after a group's topic ("le donne? non capiscono niente")."""

from __future__ import annotations

from typing import Final

# fmt: off
# Whoever does the wrong, opening the sentence: "chi odia ...", "chiunque insulta ...".
WHOEVER: Final[frozenset[str]] = frozenset({"chi", "chiunque"})
# The wrong done to the group, as the doer's verb after "chi" ("chi odia i gay") or as
# an infinitive subject ("odiare i gay è stupido"); saying and calling too ("chi dice
# che i neri sono scimmie", "chiamare froci i gay è da ignoranti").
WRONG_VERBS: Final[frozenset[str]] = frozenset({
    "odia", "odiano", "insulta", "insultano", "discrimina", "discriminano", "augura",
    "augurano", "picchia", "picchiano", "minaccia", "minacciano", "offende", "offendono",
    "deride", "deridono", "prende", "prendono", "attacca", "attaccano", "aggredisce",
    "aggrediscono", "perseguita", "emargina", "maltratta", "maltrattano", "umilia",
    "bullizza", "disprezza", "disprezzano", "chiama", "chiamano", "dice", "dicono",
    "scrive", "scrivono", "pensa", "pensano", "crede", "credono", "vuole", "vorrebbe",
    "vogliono", "ammazza", "uccide", "tratta", "trattano", "esclude", "escludono",
    "sfotte", "sfottono", "molesta", "molestano",
})
WRONG_INFINITIVES: Final[frozenset[str]] = frozenset({
    "odiare", "insultare", "discriminare", "augurare", "picchiare", "minacciare",
    "offendere", "deridere", "prendere", "attaccare", "aggredire", "perseguitare",
    "emarginare", "maltrattare", "umiliare", "bullizzare", "disprezzare", "chiamare",
    "dire", "scrivere", "pensare", "credere", "volere", "ammazzare", "uccidere",
    "trattare", "escludere", "sfottere", "molestare", "paragonare", "definire",
})
# Before the opener in its sentence: linking words and the writer's own opinion ("ma
# chi odia ...", "secondo me chi odia ...", "per me odiare ...").
OPENERS: Final[frozenset[str]] = frozenset({
    "e", "ma", "quindi", "pero", "allora", "insomma", "secondo", "me", "per", "sinceramente",
    "onestamente", "ripeto", "davvero", "comunque", "beh", "guarda", "ecco",
})
OPENER_REACH: Final[int] = 3
# The doer's clause from its verb to the copula, and the copula judging it: "è", "sono",
# "resta", "rimane" ("chi odia i gay resta un ignorante").
CLAUSE_REACH: Final[int] = 10
COPULAS: Final[frozenset[str]] = frozenset({"e", "sono", "resta", "rimane", "restano"})
# A plural copula right after the group is the group's own predicate, not the doer's
# judgment: "chi dice che i neri sono criminali ha ragione".
PLURAL_COPULAS: Final[frozenset[str]] = frozenset({"sono", "restano"})
# Between the copula and the judgment: "è solo un ignorante", "è da criminali", "è
# proprio una cosa vergognosa", "sono dei poveri ignoranti".
JUDGE_LEAD: Final[frozenset[str]] = frozenset({
    "solo", "soltanto", "un", "uno", "una", "da", "dei", "degli", "delle", "proprio",
    "davvero", "semplicemente", "il", "la", "l", "cosa", "roba", "povero", "povera",
    "poveri", "vero", "veri", "gran", "grande", "grandissimo", "grandissima", "totalmente",
    "assolutamente", "sempre", "piu", "tipico", "tipica", "di",
})
JUDGE_LEAD_REACH: Final[int] = 4
# The judgment of the doer or the deed.
JUDGMENTS: Final[frozenset[str]] = frozenset({
    "ignorante", "ignoranti", "idiota", "idioti", "imbecille", "imbecilli", "stupido",
    "stupida", "stupidi", "cretino", "cretini", "deficiente", "deficienti", "vigliacco",
    "vigliacchi", "vigliaccata", "codardo", "codardi", "criminale", "criminali", "razzista",
    "razzisti", "razzismo", "omofobo", "omofobi", "omofobia", "sessista", "sessisti",
    "sessismo", "misogino", "misogini", "antisemita", "antisemiti", "antisemitismo",
    "vergognoso", "vergognosa", "vergogna", "schifoso", "schifosa", "disgustoso",
    "disgustosa", "ridicolo", "ridicola", "reato", "sbagliato", "sbagliata",
    "inaccettabile", "disumano", "disumana", "bigotto", "bigotti", "fascista", "fascisti",
    "nazista", "nazisti", "coglione", "coglioni", "mostro", "mostri", "malato", "malati",
    "frustrato", "frustrati", "miserabile", "miserabili", "meschino", "squallido",
    "squallida", "pezzente", "feccia", "verme", "vermi", "schifo", "infame", "infami",
    "scemo", "scemi", "poveraccio", "poveracci", "cattivo", "crudele", "violento",
    "violenza", "odio", "idiozia", "barbarie", "medioevo", "medievale", "indegno",
    "indegna", "incivile", "inciviltà", "troglodita", "trogloditi",
})
# After the judgment, the reader: "chi odia i musulmani è un idiota come te".
READER: Final[frozenset[str]] = frozenset({
    "te", "tu", "ti", "voi", "vi", "sei", "siete", "tuo", "tua", "vostro", "vostra",
})
READER_REACH: Final[int] = 4
# "chi odia i gay non è un idiota": the judgment denied.
NOT: Final[frozenset[str]] = frozenset({"non", "nn"})

# The clause after a group's topic: what may stand between the pause and the attack
# ("le donne? tutte non capiscono niente", "i rom? sono solo feccia").
TOPIC_CLAUSE_LEAD: Final[frozenset[str]] = frozenset({
    "tutti", "tutte", "sono", "solo", "soltanto", "proprio", "davvero", "sempre", "dei",
    "degli", "delle", "un", "una", "gente", "tutta", "che",
})
TOPIC_CLAUSE_REACH: Final[int] = 3
# fmt: on
