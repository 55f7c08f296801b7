"""Words of the italian72 round (issue 8, targeting_italian72.py): a noun of people and a
group word after it as its adjective name the group ("i bambini rom sono tutti ladri",
"non mi fido dei ragazzi musulmani"), "rom" read by the scorer's "rom" pass
(hateprobe4_words.rom_as_people); and a nationality after a thing with an adjective
before it names no group ("i nuovi telefoni cinesi fanno schifo"), while a noun of
people there still does ("i nuovi immigrati cinesi")."""

from __future__ import annotations

from typing import Final

# fmt: off
# --- Nouns of people (plural, or a collective) that a group word after them makes the
# group: "i [bambini] rom", "le [famiglie] rom", "la [comunita] rom", "dei [ragazzi]
# musulmani". A single "famiglia" is left out: "una famiglia rom occupa la casa" reports
# one family.
PEOPLE_NOUNS: Final[frozenset[str]] = frozenset({
    "bambini", "bambine", "ragazzi", "ragazze", "ragazzini", "ragazzine", "uomini",
    "donne", "famiglie", "giovani", "persone", "genitori", "figli", "figlie", "madri",
    "padri", "mamme", "vicini", "studenti", "lavoratori", "anziani", "adolescenti",
    "minori", "cittadini", "residenti", "abitanti", "gente", "comunita", "popolo",
    "popolazione", "etnia", "minoranza",
})
# --- Adjectives said before a noun, between the article and a thing: "i [nuovi] telefoni
# cinesi", "le [solite] app cinesi", "i [miei vecchi] telefoni cinesi".
BEFORE_NOUN: Final[frozenset[str]] = frozenset({
    "nuovi", "nuove", "vecchi", "vecchie", "soliti", "solite", "ultimi", "ultime",
    "primi", "prime", "famosi", "famose", "piccoli", "piccole", "grandi", "migliori",
    "peggiori", "bei", "begli", "belle", "brutti", "brutte", "cari", "care", "classici",
    "classiche", "tipici", "tipiche", "moderni", "moderne", "stessi", "stesse",
    "miei", "mie", "tuoi", "tue", "suoi", "sue", "nostri", "nostre", "vostri", "vostre",
})
# Nouns of people italian71's list lacks, said after such an adjective: "i nuovi
# [arrivati] africani" are people.
NEW_PEOPLE: Final[frozenset[str]] = frozenset({
    "arrivati", "arrivate", "venuti", "venute", "clandestini", "migranti", "profughi",
    "rifugiati", "stranieri", "immigrati", "immigrate",
})
# fmt: on
