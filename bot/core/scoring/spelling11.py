"""Spellings the earlier typo tables left out (issue 8, hatecheck11).

HateCheck's spelling tests respell the group's name as much as the hostile word:
- (a letter typed twice in a short group name, "jewss", is italian11_spelling's
  `short_group_doublings`, for every language);
- in an English hostile word of five letters or more, the second vowel of a pair dropped
  ("freks", "lothe"), and in one of six or more a silent final "e" dropped ("despis").
  English only: in Italian both make other words too often ("piaga" -> "paga",
  "animale" -> "animal").
(A group name split by a space, "mus lims", is read whole by lexicon_compile's split
pairs, which now hold the group names too.)
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from typing import Final

from bot.core.scoring.core_typos import unambiguous
from bot.core.scoring.lexicon import category_file, load_cues
from bot.core.scoring.verdict import Category

DROPPED_NAME: Final = 5  # names this long lose a letter to four: "women" -> "wome"
PHRASE_MIN: Final = 5  # a phrase's hostile words this long lose or swap a letter
PAIR_MIN: Final = 5  # words this long lose one vowel of a pair: "freaks" -> "freks"
LAST_MIN: Final = 6  # and this long a final "e": "despise" -> "despis"
# Vowel pairs whose first vowel carries the sound, so the second is the one left out
# ("freaks" -> "freks", "loathe" -> "lothe", "traitor" -> "trator"); dropping the first
# vowel, or one of another pair, makes words too often ("lathe", "manic", "genus").
_PAIRS: Final = frozenset({"ea", "oa", "ee", "oo", "ai", "ie", "ei", "ou"})


def english_words(langs: Iterable[str]) -> frozenset[str]:
    """The English files' single hostile words but swearing (swearing keeps its spellings,
    as in spelling7), when English is among `langs`."""
    if "en" not in langs:
        return frozenset()
    return frozenset(
        entry.tokens[0]
        for category in Category
        if category is not Category.PROFANITY
        for entry in category_file("en", category)[0]
        if len(entry.tokens) == 1 and entry.tokens[0].isalpha()
    )


def english_phrase_words(langs: Iterable[str]) -> frozenset[str]:
    """Every word of the English files' hostile phrases, when English is among `langs`:
    in Italian a dropped letter makes another word too often ("morire" -> "morir")."""
    if "en" not in langs:
        return frozenset()
    return frozenset(
        token
        for category in Category
        if category is not Category.PROFANITY
        for entry in category_file("en", category)[0]
        if len(entry.tokens) > 1
        for token in entry.tokens
    )


def english_names(langs: Iterable[str]) -> frozenset[str]:
    """The English cues' group names, when English is among `langs`: an Italian name
    shortened is an everyday word too often ("negre" -> "nere")."""
    if "en" not in langs:
        return frozenset()
    cues = load_cues("en")
    return cues.get("identity", frozenset()) | cues.get("identity_adjective", frozenset())


def english_respellings(words: Iterable[str], taken: Container[str]) -> dict[str, str]:
    """Each English word's variants with the second vowel of a pair dropped ("freks",
    "lothe") or its silent final "e" dropped ("despis"; another last letter makes words
    of their own: "animal" -> "anima", "terrorists" -> "terrorist"). A variant that is a
    word of any list (`taken`) or that two words share is left out; the first letter is
    kept."""
    return unambiguous(
        (variant, word)
        for word in sorted(words)
        for variant in _dropped(word)
        if variant not in taken
    )


def _dropped(word: str) -> set[str]:
    variants: set[str] = set()
    if len(word) >= PAIR_MIN:
        variants.update(
            word[:i] + word[i + 1 :]
            for i in range(2, len(word) - 1)
            if word[i - 1 : i + 1] in _PAIRS
        )
    if len(word) >= LAST_MIN and word[-1] == "e":
        variants.add(word[:-1])
    variants.discard(word)
    return variants


def phrase_respellings(words: Iterable[str], taken: Container[str]) -> dict[str, str]:
    """The hostile words of hostile phrases (`spelling7.phrase_words`: "killed", "murder",
    "cancer") with one letter after the first dropped ("kiled", "murde") or two
    neighbours after it swapped ("kliled"). spelling7 gives them only a letter typed
    twice, as alone such variants are other words; here a variant counts only where the
    whole phrase then reads ("all women should be kiled"), and one that is a word of any
    list (`taken`) or two words share is left out."""
    return unambiguous(
        (variant, word)
        for word in sorted(words)
        if len(word) >= PHRASE_MIN and word.isalpha()
        for variant in _phrase_variants(word)
        if variant not in taken
    )


def _phrase_variants(word: str) -> set[str]:
    variants = {word[:i] + word[i + 1 :] for i in range(1, len(word))}
    variants.update(
        word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)
    )
    variants.discard(word)
    return variants


def five_letter_group_drops(names: Iterable[str], taken: Container[str]) -> dict[str, str]:
    """Five-letter group names with a letter after the first dropped ("wome", "woen",
    "tran"), which lexicon_typos leaves out as four letters make words of their own too
    often: a variant that is a word of any list (`taken`) is left out, and one two names
    share stands for neither."""
    return unambiguous(
        (name[:i] + name[i + 1 :], name)
        for name in sorted(names)
        if len(name) == DROPPED_NAME and name.isalpha()
        for i in range(1, len(name))
        if name[:i] + name[i + 1 :] not in taken
    )
