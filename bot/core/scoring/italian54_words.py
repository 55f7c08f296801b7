"""Word lists of the italian54 round (issue 8, targeting_italian54.py): a named group
derided or shut out without a slur: trouble or a plague said to come with it ("dove ci
sono i rom ci sono guai", "i neri portano solo guai", "i gay sono come la peste"), or
the group kept away or not hired ("tenete i rom lontani dai vostri figli", "ecco perché
non si assumono donne")."""

from __future__ import annotations

from typing import Final

# fmt: off
# Trouble said to come with a group; "degrado", "problemi" after "portano" and the
# diseases are italian14's and italian17's.
TROUBLE: Final[frozenset[str]] = frozenset({
    "guai", "casini", "problemi", "rogne", "grane", "disgrazie",
})
# Where the group is, trouble is: "dove ci sono i rom ci sono (solo) guai", "dove
# arrivano gli immigrati arrivano i guai". The bare "ci sono problemi" is too common a
# phrase to be a line: it needs "solo" or "sempre".
WHERE_HEADS: Final[tuple[str, ...]] = ("ci sono", "c e", "arrivano", "iniziano", "cominciano")
WHERE_LEADS: Final[tuple[str, ...]] = ("", "solo ", "sempre ", "i ")
WHERE_TERMS: Final[frozenset[str]] = frozenset(
    f"{head} {lead}{noun}"
    for head in WHERE_HEADS
    for lead in WHERE_LEADS
    for noun in TROUBLE
    if lead or noun != "problemi" or head not in ("ci sono", "c e")
)
# The group brings trouble: "i neri portano solo guai", "i trans creano solo casini".
# "danno" (also "damage") only with an adverb.
BRING_VERBS: Final[tuple[str, ...]] = ("portano", "porta", "creano", "crea", "causano", "causa")
BRING_LEADS: Final[tuple[str, ...]] = ("", "solo ", "sempre ", "soltanto ")
BRING_TERMS: Final[frozenset[str]] = frozenset(
    f"{verb} {lead}{noun}"
    for verb in (*BRING_VERBS, "danno")
    for lead in BRING_LEADS
    for noun in TROUBLE
    if (lead or verb != "danno") and not (noun == "problemi" and verb == "portano")
)
# The group likened to a plague: "i gay sono come la peste", "gli ebrei sono peggio della
# peste", "evitate i musulmani come la peste".
PLAGUE_TERMS: Final[frozenset[str]] = frozenset({
    "come la peste", "peggio della peste", "come la lebbra", "peggio della lebbra",
    "come il colera", "peggio del colera", "come la sifilide", "come il vaiolo",
    "come un cancro", "come il cancro", "peggio del cancro", "come un tumore",
    "come la scabbia", "come una malattia", "peggio di una malattia",
})
# Not hired: "ecco perché non si assumono donne", "non bisogna assumere gli immigrati",
# "mai assumere un ebreo" (italian11 reads "non assumere" and "non assumete").
HIRE_TERMS: Final[frozenset[str]] = frozenset({
    "non si assumono", "non si assume", "mai assumere", "non bisogna assumere",
    "non bisogna mai assumere", "non si devono assumere", "non dovete assumere",
    "non assumo", "non assumiamo", "non assumerei", "non assumeremo", "non assumete mai",
})
# Kept from the readers' children: "non fate avvicinare i neri ai vostri figli".
NEAR_TERMS: Final[frozenset[str]] = frozenset({
    "non fate avvicinare", "non lasciate avvicinare", "non lasciateli avvicinare",
})
# Kept away: "tenete i rom lontani dai vostri figli", "i disabili teneteli lontani dalle
# scuole"; italian11 reads "lontani dai bambini" and "state lontani".
AWAY_TERMS: Final[frozenset[str]] = frozenset(
    f"{far} {prep}"
    for far in ("lontani", "lontane", "lontano", "lontana")
    for prep in ("da", "dai", "dalle", "dagli", "dal", "dalla", "dallo", "dall")
)
AFTER_TERMS: Final[frozenset[str]] = HIRE_TERMS | NEAR_TERMS  # the group after the term
OWN_TERMS: Final[frozenset[str]] = (
    WHERE_TERMS | BRING_TERMS | PLAGUE_TERMS | AFTER_TERMS | AWAY_TERMS
)
# "dove" opens the clause at most WHERE_REACH tokens before the trouble.
WHERE: Final[str] = "dove"
WHERE_REACH: Final[int] = 8
# Between the group and the plague: a copula or "evitate" before the group.
LINKS: Final[frozenset[str]] = frozenset({
    "sono", "e", "sembrano", "restano", "rimangono", "diventano", "sempre", "proprio",
    "davvero", "tutti", "tutte", "peggio", "quasi",
})
LINK_REACH: Final[int] = 3
# What a group is kept from, right after the term or after a possessive: people, their
# places, the country ("lontani dai vostri figli", "dalle scuole", "dal paese"); never
# a danger kept from the group ("tenete i disabili lontani dalle scale").
KEPT_FROM: Final[frozenset[str]] = frozenset({
    "figli", "figlie", "bambini", "bambine", "bimbi", "ragazzi", "ragazze", "donne",
    "famiglie", "scuole", "scuola", "asili", "asilo", "bagni", "bagno", "paese", "paesi",
    "quartiere", "quartieri", "citta", "città", "italia", "europa", "nazione", "comunita",
    "comunità", "chiese", "chiesa", "parchi", "spiagge", "confini", "noi", "case",
    "gente", "ospedali", "uffici", "qui", "qua", "terre", "terra", "vite", "lavoro",
})
OWNERS: Final[frozenset[str]] = frozenset({
    "vostri", "vostre", "vostro", "vostra", "nostri", "nostre", "nostro", "nostra", "miei",
    "mie", "mio", "mia", "tuoi", "tue",
})
# The readers told to keep the group away: the verb right before the group ("tenete i
# rom lontani"), or its clitic form right before the term, the group named before it
# ("i disabili teneteli lontani").
KEEP: Final[frozenset[str]] = frozenset({
    "tenete", "tenere", "teniamo", "tieni", "tenga", "tengano", "tenetevi",
})
KEEP_CLITICS: Final[frozenset[str]] = frozenset({
    "teneteli", "tenetele", "teniamoli", "teniamole", "tenerli", "tenerle", "tienili",
    "tienile",
})
# Counter-speech and reports in the hit's sentence ("è una vergogna che non si assumono
# donne", "chi pensa che i rom portano solo guai è ignorante").
COUNTER: Final[frozenset[str]] = frozenset({
    "vergogna", "vergognoso", "illegale", "razzista", "razzisti", "razzismo", "ingiusto",
    "discriminazione", "discriminazioni", "pregiudizio", "pregiudizi", "stereotipo",
    "stereotipi", "bigotti", "bigotto", "ignorante", "ignoranti", "pensa", "pensano",
    "crede", "credono", "dicono", "diceva", "dicevano", "falso", "bufala", "proteggeteli",
    "proteggerli", "proteggete",
})
SENTENCE_REACH: Final[int] = 16
# fmt: on
