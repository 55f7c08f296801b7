"""Words of the italian22 round (issue 8): verbless slogans that put a group out ("fuori
immigrati dall'italia", "basta zingari"), a group unwanted with the place said first ("qui
non vogliamo zingari"), a group capable only of a vice ("i rom sono capaci solo di
rubare")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The [group_unable] cues read here as slogans: "basta immigrati", "fuori rom dall'italia".
SLOGANS: Final[frozenset[str]] = frozenset({"basta", "fuori", "via"})
# Slogan words said after their group too: "musulmani fuori", "i rom fuori dall'italia".
AFTER_GROUP: Final[frozenset[str]] = frozenset({"fuori"})
# Group names that are places or things in a slogan: "via roma", "fuori roma", "basta
# colore".
NOT_PEOPLE: Final[frozenset[str]] = frozenset({"roma", "colore"})
GROUP_BACK: Final = 3  # "le persone trans fuori": tokens back from "fuori" to the group
WITH: Final = "con"  # "basta con gli immigrati"
# Before the group in a slogan: "fuori le donne", "basta con questi musulmani", "fuori
# tutti gli stranieri".
DETERMINERS: Final[frozenset[str]] = frozenset({
    "i", "gli", "le", "questi", "queste", "quei", "quegli", "quelle", "tutti", "tutte",
})
# A slogan opens its clause: at the start, after a pause or after one of these ("e basta
# immigrati", "ragazzi basta zingari"); "chi grida basta immigrati" reports it.
OPENERS: Final[frozenset[str]] = frozenset({
    "e", "ma", "ora", "adesso", "allora", "quindi", "ragazzi", "raga", "gente", "dai",
})
# "no" to a group, read as the slogans (exclusion.txt): "no agli immigrati", "no ai rom in
# italia"; "no agli insulti", "no ai campi di concentramento" name no group.
NO_TO: Final[frozenset[str]] = frozenset({"no agli", "no ai", "no alle"})
# After the group the slogan closes, or says where from or where: "fuori immigrati
# dall'italia", "basta zingari in italia"; "fuori immigrati e italiani aspettavano" and
# "basta immigrati morti in mare" go on as a sentence.
WHERE: Final[frozenset[str]] = frozenset({
    "da", "dal", "dall", "dalla", "dalle", "dai", "dagli", "dallo", "in", "nel", "nella",
    "nelle", "nei", "negli", "nell", "qui", "a", "al", "alla", "alle", "ai", "agli", "all",
    "per", "sempre", "subito", "ora", "adesso",
})
# Where the writer's side lives, said before "non vogliamo": "qui non vogliamo zingari",
# "in italia non vogliamo musulmani", "nel nostro quartiere non vogliamo immigrati".
PLACES_BEFORE: Final[frozenset[str]] = frozenset({
    "qui", "qua", "italia", "paese", "quartiere", "citta", "europa", "nazione", "scuola",
    "scuole", "zona", "condominio", "regione", "casa", "palazzo", "noi",
})
PLACE_BACK: Final = 5  # "nel nostro quartiere non vogliamo": tokens back from the term
# A group capable only of a vice; like italian14's "buoni solo a", hostile only said of a
# named group ("mio fratello è capace solo di dormire" names none).
CAPABLE_ONLY: Final[frozenset[str]] = frozenset({
    "capaci solo di", "capaci solo a", "capaci soltanto di", "solo capaci di",
    "soltanto capaci di", "capace solo di", "capaci unicamente di", "buoni soltanto a",
    "buone soltanto a", "buoni solamente a", "buone solamente a", "capaci solamente di",
    "non servono a un cazzo",
})
# After the group, the group suffering rather than sent away: "basta donne uccise", "qui
# non vogliamo i musulmani trattati male", "basta immigrati morti in mare".
PLIGHT: Final[frozenset[str]] = frozenset({
    "trattati", "trattate", "sfruttati", "sfruttate", "perseguitati", "perseguitate",
    "esclusi", "escluse", "emarginati", "emarginate", "abbandonati", "abbandonate",
    "maltrattati", "maltrattate", "discriminati", "discriminate", "uccisi", "uccise",
    "morti", "morte", "annegati", "picchiati", "picchiate", "insultati", "insultate",
    "vittime", "aggrediti", "aggredite", "offesi", "offese", "derisi", "derise",
    "umiliati", "umiliate", "respinti", "lasciati", "lasciate",
})
# "rom" names the people only after an article (targeting_groups); in a slogan, before
# "from": "fuori rom dall'italia" (never "basta rom", the game files).
FROM: Final[frozenset[str]] = frozenset({"da", "dal", "dall", "dalla", "dalle", "dai", "dagli"})
OURS: Final[frozenset[str]] = frozenset({"nostro", "nostra", "nostri", "nostre"})
# "<group> a casa", hateprobe5's [group_place] cue read as a slogan: "immigrati a casa",
# "le donne a casa a fare la calza".
HOME: Final = "casa"
AT: Final = "a"
INFINITIVE_ENDS: Final = ("are", "ere", "ire")
# Right after a slogan, its speaker: "basta con i rom, dicono", "fuori i gay, gridava".
SAYING: Final[frozenset[str]] = frozenset({
    "dicono", "dice", "diceva", "dicevano", "gridano", "grida", "gridava", "gridavano",
    "urlano", "urla", "urlava", "urlavano", "scrivono", "scrive", "scriveva", "cantano",
    "cantavano", "dicevi", "dici", "ripetono",
})
# fmt: on
