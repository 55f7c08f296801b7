"""Words of the italian23 round (issue 8): a group that "sa solo" do something ("i
musulmani sanno solo farsi esplodere"), an exclusion slogan over a list of groups or
closing badly ("fuori le femministe e le donne dal parlamento", never "fuori i musulmani
stanno pregando"), a bare "rom" shut out ("qui non vogliamo rom", "niente rom nel nostro
quartiere")."""

from __future__ import annotations

from typing import Final

# fmt: off
# hateprobe5's [group_unable] cue read with "solo" after it: "le donne sanno solo piangere".
KNOW: Final[frozenset[str]] = frozenset({"sanno"})
ONLY: Final[frozenset[str]] = frozenset({"solo", "soltanto", "solamente", "unicamente"})
# An infinitive after "sanno solo", reflexives too: "rubare", "farsi esplodere",
# "lamentarsi", "fare soldi"; "sanno solo l'arabo" is a language, not a vice.
INFINITIVE_ENDS: Final = ("are", "ere", "ire", "arsi", "ersi", "irsi", "arre", "urre")
NOT: Final[frozenset[str]] = frozenset({"non"})  # "non sanno solo rubare": not only that
# The lexicon's "fuori" + article slogans (exclusion.txt), read as the slogan only when it
# opens its clause and closes after the group(s): never "fuori i musulmani stanno
# pregando" ("outside", a verb follows) or "fuori gli stranieri è una frase che ...".
OUT_THE: Final[frozenset[str]] = frozenset({"fuori gli", "fuori i", "fuori le"})
# After the group, the slogan going on in its own words: "fuori gli immigrati che ci
# rubano il lavoro", "fuori i rom perché rubano".
GOES_ON: Final[frozenset[str]] = frozenset({"che", "perche", "tutti", "tutte"})
# After the group in a "fuori" slogan, one plural adjective: "fuori gli immigrati
# clandestini"; verbs end otherwise ("fuori i musulmani stanno pregando").
PLURAL_ENDS: Final = ("i", "e")
ADJECTIVE_MIN: Final = 3  # longer than "che", "noi"
AND: Final = "e"  # "fuori le femministe e le donne dal parlamento": a list of groups
ENOUGH: Final = "basta"  # "fuori gli immigrati e basta"
LIST_REACH: Final = 3  # groups in one slogan's list past the first
# "rom" with no article, shut out: "qui non vogliamo rom", "niente rom nel quartiere".
ROM: Final = "rom"
NOTHING: Final = "niente"
# After "niente <group>", where the writer's side lives: "niente zingari nel nostro
# quartiere", "niente rom in questa città", "niente immigrati in italia"; never "niente
# ebrei nel 1938" (a time, told of) or "niente rom in tv stasera?".
IN: Final[frozenset[str]] = frozenset({
    "in", "nel", "nella", "nei", "nelle", "negli", "nell", "dal", "dalla", "dalle", "dai",
    "dagli", "dall", "da",
})
OWN_PLACE: Final[frozenset[str]] = frozenset({
    "nostro", "nostra", "nostri", "nostre", "mio", "mia", "miei", "mie", "questo",
    "questa", "questi", "queste",
})
