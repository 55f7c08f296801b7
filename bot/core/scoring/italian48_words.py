"""Word lists of the italian48 round (issue 8, targeting_italian48.py): Italian group
claims with verbs other than "essere" (violence, strange food, filth), silence wished on a
group, a group not wanted, "un cazzo" read as "niente", skills the list lacks, and a
third person put down with no insult word."""

from __future__ import annotations

from typing import Final

# fmt: off
# Violence said of a group as its deed, read as italian15's deeds ("gli arabi picchiano
# le mogli", "i musulmani sgozzano la gente"); never counted without a named group.
DEEDS: Final[frozenset[str]] = frozenset({
    "sgozzano", "accoltellano", "picchiano", "massacrano", "decapitano", "torturano",
})
# Animals as food, said of a group ("i cinesi mangiano cani"): a stereotype of
# uncleanness; never "mangiano con le bacchette" or "mangiano il riso".
_EATEN: Final[tuple[str, ...]] = (
    "cani", "gatti", "topi", "ratti", "pipistrelli", "serpenti", "vermi", "insetti",
    "scarafaggi",
)
_ARTICLE: Final[dict[str, str]] = {"insetti": "gli", "scarafaggi": "gli"}
EATING: Final[frozenset[str]] = frozenset(
    {f"mangiano {food}" for food in _EATEN}
    | {f"mangiano {_ARTICLE.get(food, 'i')} {food}" for food in _EATEN}
)
# General objects and tails of a deed that keep it a claim about everyone (italian15's
# DEED_TAIL and DEED_OBJECTS read on): "ammazzano la gente", "picchiano le loro mogli",
# "ammazzano in nome di dio".
DEED_OBJECTS: Final[frozenset[str]] = frozenset({
    "gente", "persone", "mogli", "moglie", "figlie", "innocenti", "cristiani", "animali",
})
DEED_OWNERS: Final[frozenset[str]] = frozenset({"loro", "proprie", "propri"})
IN_NAME: Final[tuple[str, str, str]] = ("in", "nome", "di")
# Living in filth (italian17's "vivono" goes on to these): "i rom vivono nella sporcizia",
# "gli africani vivono come animali". Only when the filth closes the clause past chat
# tails: "... nella sporcizia per colpa dello stato" blames someone else.
FILTH: Final[frozenset[str]] = frozenset({
    "sporcizia", "sudiciume", "merda", "rifiuti", "immondizia", "spazzatura", "fogna",
    "fogne", "letame", "luridume", "animali", "bestie", "maiali", "porci", "topi",
    "scarafaggi", "zecche",
})
FILTH_BRIDGE: Final[frozenset[str]] = frozenset({
    "nella", "nel", "nei", "nelle", "nello", "tra", "fra", "i", "la", "le", "il", "come",
    "in", "mezzo", "alla", "ai", "sempre", "tutti", "tutte", "nell", "dei", "degli",
})
FILTH_REACH: Final[int] = 3
TAILS: Final[frozenset[str]] = frozenset({
    "lol", "ahah", "ahahah", "haha", "xd", "raga", "ragazzi", "bro", "oh", "dai", "punto",
    "sempre", "tutti", "tutte", "ovunque", "e", "basta",
})
TAIL_REACH: Final[int] = 2
# Silence wished on a group after its topic: "le donne, meglio zitte", "le donne?
# zitte", "le femministe, meglio se tacciono".
SILENCE: Final[frozenset[str]] = frozenset({
    "zitte", "zitti", "tacciono", "tacessero",
})
SILENCE_LEAD: Final[frozenset[str]] = frozenset({
    "meglio", "se", "stanno", "stessero", "restano", "restassero", "rimangono",
    "rimanessero", "devono", "dovrebbero", "stare", "restare", "tutte", "tutti", "sempre",
    "e", "farebbero", "bene", "a",
})
SILENCE_LEAD_REACH: Final[int] = 4
# The comma-less topic: "le donne meglio zitte" (the group, then "meglio").
BETTER: Final[str] = "meglio"
SILENCE_TAILS: Final[frozenset[str]] = TAILS | frozenset({"e", "mute", "muti", "buone"})
SILENCE_TAIL_REACH: Final[int] = 3
# A group not wanted near the writer: "gli immigrati, non li voglio vedere qui", "i neri,
# non li voglio nel mio quartiere"; never "non li voglio offendere".
UNWANTED: Final[frozenset[str]] = frozenset({
    "non li voglio", "non le voglio", "non li vogliamo", "non le vogliamo",
})
SEEING: Final[frozenset[str]] = frozenset({
    "vedere", "avere", "piu", "mai", "proprio", "tra", "i", "piedi", "intorno", "attorno",
})
SEEING_REACH: Final[int] = 3
PLACES: Final[frozenset[str]] = frozenset({
    "qui", "qua", "vicino", "vicini", "vicine", "in", "nel", "nella", "nei", "nelle",
    "nello", "accanto", "giro", "sotto", "dentro", "casa", "italia", "europa",
})
# "Un cazzo" read as "niente": the group's "non capiscono un cazzo", the third person's
# "non capisce un cazzo", "non sa fare un cazzo".
GROUP_NOTHING: Final[frozenset[str]] = frozenset({
    "non capiscono un cazzo", "non capiscono una mazza", "non sanno un cazzo",
})
PERSON_NOTHING: Final[frozenset[str]] = frozenset({
    "non capisce un cazzo", "non capisce una mazza", "non sa fare un cazzo",
    "non sa un cazzo", "non sa fare una mazza",
})
# italian16's claims of a person that the group reading leaves clean: with a pointing
# subject they put down a third person ("quello non sa fare niente").
PERSON_CLAIMS: Final[frozenset[str]] = PERSON_NOTHING | frozenset({
    "non capisce niente", "non capisce nulla", "non sa fare niente",
})
NOTHING: Final[tuple[str, str]] = ("un", "cazzo")
# Pointing subjects, and the person nouns they may go with ("quel tizio", "sto tipo",
# "quello li", "quell'altro").
POINTERS: Final[frozenset[str]] = frozenset({
    "sto", "sta", "questo", "questa", "quel", "quello", "quella", "quell", "sti", "ste",
    "questi", "queste", "quelli", "quelle", "quei", "quegli",
})
PERSON_NOUNS: Final[frozenset[str]] = frozenset({
    "tizio", "tizia", "tipo", "tipa", "ragazzo", "ragazza", "qua", "qui", "li", "la",
    "altro", "altra", "tizi", "tipi", "ragazzi", "ragazze", "uomo", "signore", "signora",
    "giocatore", "utente", "idiota",
})
# Pointing pronouns that stand alone for a person ("quello non sa fare niente"); "questo"
# alone may be a thing ("questo non sa fare niente, è un bot").
PRONOUNS: Final[frozenset[str]] = frozenset({"quello", "quella", "quelli", "quelle"})
POINTED_SUBJECT_REACH: Final[int] = 3
# Between "non sanno" and a skill the list lacks: "non sanno neanche cucinare".
SKILL_BRIDGE: Final[frozenset[str]] = frozenset({
    "neanche", "nemmeno", "neppure", "proprio", "mai", "manco", "davvero",
})
SKILL_BRIDGE_REACH: Final[int] = 2
INFINITIVE_ENDINGS: Final[tuple[str, ...]] = ("are", "ere", "ire", "arsi", "ersi", "irsi")
SANNO: Final[str] = "sanno"
NON: Final[str] = "non"

OWN_TERMS: Final[frozenset[str]] = (
    DEEDS | EATING | SILENCE | UNWANTED | GROUP_NOTHING | PERSON_NOTHING
)
# fmt: on
