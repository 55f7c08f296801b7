"""Word lists of the italian58 round (issue 8, targeting_italian58.py): a named group
disliked ("non mi piacciono i gay", "a me i neri non piacciono") or met with disgust at
the sight of it ("ogni volta che vedo un nero mi viene da vomitare", "vedere i rom in
giro mi fa schifo")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's dislike lines (it/identity_attack.txt): said of a named group right after
# ("non mi piacciono i gay") or right before ("i gay non mi piacciono", "a me i neri non
# piacciono"); "non mi piacciono i pomodori" stays clean.
DISLIKE_AHEAD: Final[str] = "non mi piacciono"  # the one read with the group after it
DISLIKE_TERMS: Final[frozenset[str]] = frozenset({DISLIKE_AHEAD, "non piacciono"})
# A dative before the group makes it the one who dislikes: "ai gay non piacciono le donne".
DATIVE: Final[frozenset[str]] = frozenset({"a", "ai", "agli", "alle", "al", "alla", "allo"})
# Between "non mi piacciono" and the group: degree words ("per niente gli immigrati").
DISLIKE_GAP: Final[frozenset[str]] = frozenset({
    "per", "niente", "nulla", "proprio", "affatto", "davvero", "tanto", "molto", "mica",
    "sinceramente", "onestamente",
})
# What may follow the group named after the dislike: the line's end, a pause, or these
# (a degree, a reason); "i gay pride", "i neri che ..." say something else.
DISLIKE_AFTER: Final[frozenset[str]] = frozenset({
    "per", "proprio", "affatto", "perché", "perche", "sono", "punto", "e",
})
# The round's disgust lines (it/identity_attack.txt), counted only after a sight of a
# named group ("quando vedo un trans mi viene la nausea"): "quando vedo il sangue mi viene
# la nausea" stays clean.
DISGUST_TERMS: Final[frozenset[str]] = frozenset({
    "mi viene da vomitare", "mi viene il voltastomaco", "mi viene la nausea",
    "mi viene il vomito", "mi vien da vomitare",
})
# Older disgust lines (insult.txt) read here too when a sight of a named group comes
# before them ("vedere i neri in giro mi fa schifo"); their older readings stay theirs.
OLDER_DISGUST: Final[frozenset[str]] = frozenset({
    "fa schifo", "mi fa vomitare", "fa vomitare", "mi disgusta", "fa ribrezzo",
    "mi fa ribrezzo",
})
# Seeing or meeting: "quando vedo", "ogni volta che incontro", "vedere", "solo a vedere".
SIGHT: Final[frozenset[str]] = frozenset({
    "vedo", "vedere", "vederli", "vederle", "incontro", "incontrare", "incrocio",
    "incrociare", "guardo", "guardare",
})
# Between the sight and the group: articles, numbers and a couple ("due gay", "una coppia
# gay"), on top of italian53's articles and quantifiers.
SIGHT_GAP: Final[frozenset[str]] = frozenset({
    "due", "tre", "coppia", "coppie", "gruppo", "gruppi", "dei", "degli", "delle", "certi",
    "certe", "quei", "quegli", "quelle", "uomini", "donne",
})
SIGHT_REACH: Final[int] = 12  # tokens back from the disgust to the sight verb
# Harm done to the group between it and the disgust: the disgust is at the harm ("quando
# vedo un nero picchiato mi viene da vomitare").
HARMED: Final[frozenset[str]] = frozenset({
    "picchiato", "picchiata", "picchiati", "picchiate", "insultato", "insultata",
    "insultati", "insultate", "maltrattato", "maltrattata", "maltrattati", "maltrattate",
    "aggredito", "aggredita", "aggrediti", "aggredite", "discriminato", "discriminata",
    "discriminati", "discriminate", "sgomberato", "sgomberata", "sgomberati", "sgomberate",
    "umiliato", "umiliata", "umiliati", "umiliate", "deriso", "derisa", "derisi", "derise",
    "trattato", "trattata", "trattati", "trattate", "soffrire", "morire", "annegare",
    "annegati", "difficoltà", "difficolta", "razzismo", "razzisti", "omofobi", "offeso",
    "offesa", "offesi", "offese", "bullizzato", "bullizzata", "bullizzati", "bullizzate",
    "sfruttato", "sfruttata", "sfruttati", "sfruttate", "respinto", "respinta", "respinti",
    "respinte", "emarginato", "emarginata", "emarginati", "emarginate", "perseguitato",
    "perseguitata", "perseguitati", "perseguitate", "ferito", "ferita", "feriti", "ferite",
    "uccisi", "uccise", "ucciso", "uccisa", "presi", "preso", "presa", "prese",
    "condizioni", "abbandonati", "abbandonate", "abbandonato", "abbandonata",
})
OWN_TERMS: Final[frozenset[str]] = DISLIKE_TERMS | DISGUST_TERMS
# fmt: on
