"""Virtues counted only when denied to a named group (issue 8, hateprobe4).

"Women are never intelligent", "i gay non possono essere buoni genitori": the attack is a
virtue denied. The `praise_denied` cues list such virtues; each becomes a lexicon entry of
its own (an insult, people only) that targeting_hateprobe4.py counts only in that shape,
so "women are intelligent" and "this build is not good" stay clean. Like the
`said_of_group` words they are no known words to the other rules.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping, Set
from typing import Final

from bot.core.scoring.italian72_words import PEOPLE_NOUNS
from bot.core.scoring.lexicon import Entry
from bot.core.scoring.lexicon_sections import PROBE4_CUES
from bot.core.scoring.verdict import Category

__all__ = ["PRAISE_WEIGHT", "PROBE4_CUES", "add_probe4_words", "rom_as_people", "without_praise"]

PRAISE_WEIGHT: Final = 0.6  # a virtue denied to a group, as heavy as a judging word said of it


def add_probe4_words(
    cue_words: Mapping[str, Set[str]], entries: MutableMapping[tuple[str, ...], Entry]
) -> dict[tuple[str, ...], Entry]:
    """An entry for each `praise_denied` word the lexicon does not hold as a word; added to
    `entries` and returned."""
    added: dict[tuple[str, ...], Entry] = {
        (word,): Entry(word, (word,), Category.INSULT, PRAISE_WEIGHT, None, True)
        for word in sorted(
            {*cue_words.get("praise_denied", ()), *cue_words.get("respect_denied", ())}
        )
        if (word,) not in entries
    }
    entries.update(added)
    return added


def without_praise(
    candidates: list[tuple[int, int, Entry]], praise: Set[str]
) -> list[tuple[int, int, Entry]]:
    """The scorer's candidates less the virtue words, in a message naming no group: there
    they can deny nothing, and must not change how the rest is read ("crap, a good one")."""
    return [c for c in candidates if not (c[2].person_only and c[2].term in praise)]


# Italian words before "rom" that make it the Romani people: "i rom", "dei rom", "campi rom".
_ROM_BEFORE: Final = frozenset(
    {"i", "dei", "ai", "dai", "coi", "sui", "nei", "tra", "fra", "questi", "quei", "tutti"}
    | {"campi", "campo", "odio", "contro", "degli", "per", "come", "molti", "troppi"}
    | {"un", "nessun", "ogni"}  # italian14: "non esiste un rom onesto", "nessun rom"
    | {"il"}  # italian16: "il rom ruba", the singular generic (a ROM is "la rom")
    # italian19: the feminine plural, "le rom sono meno umane", "delle rom"
    | {"le", "delle", "alle", "dalle", "nelle", "sulle", "quelle", "queste", "tutte"}
    | {"molte", "troppe", "quel"}  # "quel rom": masculine, never the game's ROM
    | PEOPLE_NOUNS  # italian72: a noun of people, "i bambini rom", "le famiglie rom"
)
_ROM_AS: Final = "sinti"  # a group name the lexicon reads the same way


def rom_as_people(tokens: list[str]) -> list[str]:
    """`tokens` with "rom" after an Italian article or preposition read as a group name:
    "i rom sono ladri" names the Romani; "this stupid rom won't load" is a game ROM."""
    read = list(tokens)
    for i, word in enumerate(tokens):
        if word == "rom" and i > 0 and tokens[i - 1] in _ROM_BEFORE:
            read[i] = _ROM_AS
    return read
