"""Word lists of the gamechat33 round (issue 8): Dota 2 chat's insult words typed with
one letter too many ("u iodiot", "idiotd mid", "ur so stuipid", "usefless carry",
"retardt mid") or, in "useless", one letter mistyped ("uselees techies").

The older typo tables (spelling7, core_typos, gamechat9, gamechat14) read a letter
typed twice, two letters swapped and a letter dropped; a stray letter added is left
unread, since over the whole lexicon it would too often make another word. Here it is
read only for a hand-checked handful of long name-calls that flame a player in game chat,
each five letters or more, the first letter kept; a variant any list knows ("morons" is
no "moron" typo) or NOT_TYPOS names ("mormons"), or that two words share, is left out, and
every older table's reading comes first. The word read still passes every targeting
rule ("im such an iodiot lol", "this item is uselees" stay clean).
"""

from __future__ import annotations

from collections.abc import Container
from string import ascii_lowercase
from typing import Final

from bot.core.scoring.core_typos import unambiguous

__all__ = ["FLAME_WORDS", "MISTYPED", "NOT_TYPOS", "flame_typos"]

# fmt: off
# Name-calls of game chat long enough that one stray letter still spells only them.
FLAME_WORDS: Final[frozenset[str]] = frozenset({
    "idiot", "idiots", "moron", "morons", "stupid", "useless", "retard", "retards",
    "retarded",
})
# A letter mistyped (not added) only in "useless" ("uselees"): in "retarded" and
# "retards" it makes "regarded", "rewarded", "rewards", words no list holds.
MISTYPED: Final[frozenset[str]] = frozenset({"useless"})
# Words and names a stray letter makes that no list holds: a faith ("mormons"), names
# ("morton", "moroni"), a helmet ("morion"), a fish ("morone").
NOT_TYPOS: Final[frozenset[str]] = frozenset({
    "mormon", "mormons", "morton", "mortons", "morion", "morions", "moroni", "morone",
    "morones",
})
# fmt: on
_VOWELS: Final = frozenset("aeiouy")


def flame_typos(taken: Container[str]) -> dict[str, str]:
    """Each flame word's variants with one letter added after the first (or at the end)
    and, in MISTYPED, one interior letter mistyped, mapped to the word; a variant in
    `taken` (every list's words and older typos) or NOT_TYPOS, or shared by two words,
    is left out."""
    return unambiguous(
        (variant, word)
        for word in sorted(FLAME_WORDS)
        for variant in sorted(_gc33_variants(word))
        if variant not in taken and variant not in NOT_TYPOS
    )


def _gc33_variants(word: str) -> set[str]:
    """One letter added anywhere after the first (no vowel as the ending: see
    `_gc33_foreign_ending`); in MISTYPED, one letter between the
    first and the last changed. Never the word."""
    found = {
        word[:i] + letter + word[i:]
        for i in range(1, len(word) + 1)
        for letter in ascii_lowercase
        if not _gc33_foreign_ending(word, i, letter)
    }
    if word in MISTYPED:
        found.update(
            word[:i] + letter + word[i + 1 :]
            for i in range(1, len(word) - 1)
            for letter in ascii_lowercase
        )
    found.discard(word)
    return found


def _gc33_foreign_ending(word: str, at: int, letter: str) -> bool:
    """A vowel added at the end, or before a plural's "s", spells another language's
    word ("idiota", "stupido", "idiotas"), which an English-only lexicon does not know."""
    if letter not in _VOWELS:
        return False
    return at == len(word) or (word.endswith("s") and at == len(word) - 1)
