"""Short core hate words with a letter dropped or two swapped (issue 8, hateprobe3):
"I haet muslims", "kil all women", "sono fecia", "odoi i gay".

Lexicon words under eight letters get only doubled letters as typos (lexicon_compile),
since a dropped or swapped letter in a short word too often makes another word. For
the few words hate speech is built on (the `typo_core` cues: "hate", "kill", "scum",
"odio", "feccia", ...), a hand-checked list, the variants are read as the word; one that
is an ordinary, cue or lexicon word ("hat", "sum", "odo") is left out, and so is one
shared by two core words. The word itself still has to pass every targeting rule.
"""

from __future__ import annotations

from collections.abc import Container, Iterable

CORE_MIN = 4  # shorter words have too few letters to misspell recognisably
VARIANT_MIN = 3
_VOWELS = frozenset("aeiou")


def unambiguous(typos: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each (variant, word) pair as a map from variant to word, leaving out a variant
    two different words share: a typo that could be either is read as neither. Every
    typo table of the lexicon is built this way."""
    found: dict[str, str] = {}
    clashes: set[str] = set()
    for variant, word in typos:
        if found.setdefault(variant, word) != word:
            clashes.add(variant)
    for variant in clashes:
        del found[variant]
    return found


def core_misspellings(words: Iterable[str], taken: Container[str]) -> dict[str, str]:
    """Each core word's interior dropped and swapped letters, mapped to the word; the
    first letter is kept, as people rarely miss it."""
    return unambiguous(
        (variant, word)
        for word in sorted(words)
        if len(word) >= CORE_MIN and word.isalpha()
        for variant in _variants(word)
        if len(variant) >= VARIANT_MIN and variant not in taken
    )


def _variants(word: str) -> set[str]:
    """Interior letters dropped (where `_droppable`) or two swapped; never the word."""
    variants = {word[:i] + word[i + 1 :] for i in range(1, len(word) - 1) if _droppable(word, i)}
    variants.update(
        word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)
    )
    variants.discard(word)
    return variants


def _droppable(word: str, i: int) -> bool:
    """Any letter of a long word; in a four-letter word only a letter typed twice
    ("kil") or a vowel between consonants ("hte"): "hae", "odo" are too near other words."""
    if len(word) > CORE_MIN:
        return True
    letter, left, right = word[i], word[i - 1], word[i + 1]
    return letter in (left, right) or (
        letter in _VOWELS and left not in _VOWELS and right not in _VOWELS
    )
