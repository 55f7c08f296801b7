"""Word lists and the spelling table of the hatecheck40 round (targeting_hatecheck40.py):
English hate against a group spelled with one vowel written as another, in the group's
name ("immigrunts are rats", "i hate refugies") or in the hateful word ("jews are
parisites", "women are stupud", "muslims should be exterminoted"), and hateful plurals
written with "z" ("muslims are savagez").

The older typo tables read a letter doubled, dropped or two swapped ("muslms",
"womne", "disgsuting"); a vowel heard and written as another ("i" for "e", "u" for
"a") is how people spell a word they half know, and how the functional suites respell
on purpose. Read only in words of six letters or more (names of seven): in short ones another vowel
makes another word too often ("gays" -> "guys", "jews" -> "jaws"); every variant that is
a word of any list is left out, and so is one of the everyday English words below
("losers" -> "lasers", "shitter" -> "shutter"), checked against a dictionary when the
round was written.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from typing import Final

from bot.core.scoring.core_typos import unambiguous

_VOWELS: Final = "aeiou"
# Group names this long, and hateful words this long, get a vowel written as another:
# a six-letter name is another word too often ("blacks" -> "blocks").
NAME_MIN: Final = 7
WORD_MIN: Final = 6
# Hateful plurals this long get their "s" written "z" ("savagez", "parasitez"); the
# group names' own "z" plurals are hate_spelling's ("jewz").
PLURAL_Z_MIN: Final = 6

# fmt: off
# Everyday English words one vowel away from a group's name or a hateful word, found by
# checking every variant against an English dictionary (pyspellchecker's word list) when
# the round was written: never read as the hateful word ("the shutters were closed",
# "a good massage", "the masques of venice").
EVERYDAY: Final[frozenset[str]] = frozenset({
    "ascendent", "bagger", "bagging", "ballet", "baring", "batches", "batching", "batter",
    "becket", "bellies", "bering", "better", "billet", "billies", "binged", "birred",
    "blackhead", "boasted", "boasts", "boating", "bogging", "boloney", "bonged", "borden",
    "botches", "botching", "breading", "bruins", "bugging", "bunged", "burred", "bustard",
    "bustards", "butches", "butter", "celled", "cercus", "chunks", "claver", "clover",
    "coarse", "cocked", "cretan", "cretans", "croaked", "curried", "cutches", "cuttle",
    "decant", "delate", "dempster", "depart", "departed", "discard", "diseuse", "docent",
    "dripped", "duckweed", "excises", "faggot", "fallow", "felled", "feuding", "firmed",
    "firming", "fleming", "forgat", "formed", "forming", "fulled", "gander", "genies",
    "getter", "grafter", "grafters", "herder", "hinged", "hiving", "jazzed", "knaves",
    "lacked", "landfall", "langer", "lasers", "lasing", "lateral", "laterally", "laving",
    "leaching", "lessen", "lessor", "licked", "linger", "loader", "loughs", "lucked",
    "lunger", "madmen", "manioc", "masque", "masques", "massage", "massages", "massed",
    "melding", "messes", "midgut", "miking", "missis", "missive", "missus", "misters",
    "molding", "mooning", "moppet", "moppets", "morels", "mosses", "munster", "murals",
    "mussed", "musses", "muster", "musters", "mutter", "nagger", "naggers", "natter",
    "nogging", "paints", "pinched", "plunker", "plunkers", "pollock", "pollocks", "poppet",
    "poppets", "quotes", "rabbets", "rained", "raining", "reeding", "refluxes", "reined",
    "reining", "ribbing", "ritard", "rooting", "rubbing", "rumania", "rumanian",
    "rumanians", "sacked", "sacker", "salver", "salves", "secund", "shatter", "shatters",
    "shells", "shopped", "shutter", "shutters", "sicked", "sicker", "slather", "socked",
    "solent", "solver", "solves", "sorbian", "spacial", "spanging", "spooled", "spreed",
    "starring", "steeling", "steels", "storting", "strake", "stubbed", "stupid", "swotted",
    "tatties", "thrawn", "throats", "tiddler", "toking", "trapping", "tricked", "trilling",
    "trills", "trucked", "wander", "wheres", "winder", "winked", "winker", "winkers",
    "wished", "witched", "witches", "witching", "wrests",
})
# fmt: on


def vowel_respellings(
    names: Iterable[str], hateful: Iterable[str], taken: Container[str]
) -> dict[str, str]:
    """Each long group name's or hateful word's variants with one interior vowel written
    as another ("immigrunts", "parisites", "stupud"), mapped to the word; the first and
    last letters are kept. A variant that is a word of any list (`taken`) or an everyday
    word (EVERYDAY) is left out. One that two names share stands for the first, as both
    name a group ("muslems": "moslems", "muslims"); one that two hateful words share, or
    a name and a hateful word, stands for neither."""
    named: dict[str, str] = {}
    for name in sorted(names):
        if len(name) >= NAME_MIN and name.isalpha():
            for variant in sorted(_hc40_vowel_variants(name)):
                if variant not in taken and variant not in EVERYDAY:
                    named.setdefault(variant, name)
    judged = unambiguous(
        (variant, word)
        for word in sorted(hateful)
        if len(word) >= WORD_MIN and word.isalpha()
        for variant in _hc40_vowel_variants(word)
        if variant not in taken and variant not in EVERYDAY
    )
    both = named.keys() & judged.keys()
    return {v: w for v, w in (named | judged).items() if v not in both}


def plural_z_respellings(words: Iterable[str], taken: Container[str]) -> dict[str, str]:
    """Each long hateful plural with its last "s" written "z" ("savagez", "animalz")."""
    return unambiguous(
        (word[:-1] + "z", word)
        for word in sorted(words)
        if len(word) >= PLURAL_Z_MIN and word.isalpha() and word.endswith("s")
        if word[:-1] + "z" not in taken and word[:-1] + "z" not in EVERYDAY
    )


def _hc40_vowel_variants(word: str) -> set[str]:
    """One interior vowel written as each other vowel; never the word."""
    return {
        word[:i] + other + word[i + 1 :]
        for i in range(1, len(word) - 1)
        if word[i] in _VOWELS
        for other in _VOWELS
        if other != word[i]
    }


# fmt: off
# The writer's hatred with its intensifier misspelled or shortened, which the
# intensifier cue list does not hold: "i rly hate jews", "i fkn hate muslims", "we
# friggin hate gays". Only between the writer and a verb of hatred.
SPELLED_INTENSIFIERS: Final[frozenset[str]] = frozenset({
    "rly", "rlly", "realy", "relly", "reallly", "fkn", "fkin", "fking", "fcking", "fckn",
    "fckin", "fuckng", "fukin", "fuking", "fucken", "effing", "freaking", "freakin",
    "friggin", "frigging", "frickin", "fricking", "truely", "honestky", "srsly",
})
SPELLED_REACH: Final = 2  # words between the writer and the verb: "i rly fkn hate"
# fmt: on
