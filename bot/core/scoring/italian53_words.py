"""Word lists of the italian53 round (issue 8, targeting_italian53.py): a named group's
humanity denied, or its worth put below an animal ("un cane vale più di un ebreo",
"meglio un topo che un immigrato", "non considero i neri persone")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's own lexicon lines (identity_attack.txt, italian53), folded as the lexicon
# folds them ("più" is "piu"). An animal's worth put over what follows: "un cane vale più
# di ...", "un cane merita più rispetto di ...".
OVER: Final[frozenset[str]] = frozenset({
    "vale piu di", "valgono piu di", "merita piu rispetto di", "meritano piu rispetto di",
})
# "meglio un cane che ...": the animal is in the line.
RATHER: Final[frozenset[str]] = frozenset({
    "meglio un cane che", "meglio un topo che", "meglio un ratto che", "meglio un maiale che",
    "meglio un porco che", "meglio un verme che", "meglio un animale che",
    "meglio una bestia che", "meglio una capra che", "meglio uno scarafaggio che",
})
# "non considero i neri persone", "i gay? non li considero nemmeno esseri umani".
CONSIDER: Final[frozenset[str]] = frozenset({
    "non considero", "non li considero", "non le considero",
})
# The clitic forms point back at a group named before them.
CONSIDER_BACK: Final[frozenset[str]] = frozenset({"non li considero", "non le considero"})
OWN_TERMS: Final[frozenset[str]] = OVER | RATHER | CONSIDER
# The animals whose worth is put over a group's, read right before the verb: "un cane
# vale", "il mio cane vale", "i topi valgono".
ANIMALS: Final[frozenset[str]] = frozenset({
    "cane", "cani", "topo", "topi", "ratto", "ratti", "maiale", "maiali", "porco", "porci",
    "verme", "vermi", "animale", "animali", "bestia", "bestie", "capra", "capre", "gatto",
    "gatti", "scarafaggio", "scarafaggi", "scimmia", "scimmie", "pidocchio", "pidocchi",
})
# Between the comparison and the group: articles and quantifiers ("... di tutti gli
# immigrati", "... che un musulmano").
GROUP_GAP: Final[frozenset[str]] = frozenset({
    "un", "una", "uno", "i", "gli", "le", "il", "la", "lo", "l", "tutti", "tutte",
    "qualsiasi", "qualunque", "ogni", "questi", "queste", "sti", "ste",
})
# The humanity denied after "non considero": its nouns, and the words allowed before them
# ("nemmeno", "delle", "veri"); "non considero i neri diversi" says something else.
HUMAN: Final[frozenset[str]] = frozenset({
    "persone", "persona", "umani", "umane", "umano", "umana", "esseri", "essere", "uomini",
})
HUMAN_LEAD: Final[frozenset[str]] = frozenset({
    "nemmeno", "neanche", "neppure", "manco", "mica", "proprio", "davvero", "delle", "degli",
    "dei", "veri", "vere", "vera", "vero", "come", "una", "un", "nel", "novero",
})
HUMAN_REACH: Final[int] = 3
# "esseri" / "essere" is human only with "umani" / "umano" after it.
BEINGS: Final[frozenset[str]] = frozenset({"esseri", "essere"})
HUMANE: Final[frozenset[str]] = frozenset({"umani", "umano"})
# After the noun, words that keep the denial whole ("non li considero persone, ma
# bestie", "... persone normali", "... persone come noi").
HUMAN_TAILS: Final[frozenset[str]] = frozenset({
    "ma", "bensi", "normali", "vere", "veri", "come", "neanche", "nemmeno", "anzi", "sono",
})
# How far back a clitic "li"/"le" may find its group ("i gay? non li considero ...").
BACK_REACH: Final[int] = 5
# A third person's humanity denied ("gli npc non sono persone"), read by an older rule as
# aimed at the reader: the line's opening words; the reader's words before it in its
# sentence keep the older reading ("tu e i tuoi amici non siete ...").
DENIAL_OPENERS: Final[frozenset[tuple[str, str]]] = frozenset({("non", "sono"), ("non", "e")})
READER: Final[frozenset[str]] = frozenset({
    "tu", "te", "ti", "voi", "vi", "sei", "siete", "tuo", "tua", "tuoi", "tue", "vostro",
    "vostra", "vostri", "vostre",
})
READER_REACH: Final[int] = 12
# "non sono mica tutti uguali": "mica" after "non" and a copula denies what follows.
MICA: Final[str] = "mica"
MICA_REACH: Final[int] = 3
NOT_COPULA: Final[frozenset[str]] = frozenset({"sono", "e", "siete"})
NOT: Final[frozenset[str]] = frozenset({"non", "nn"})
# fmt: on
