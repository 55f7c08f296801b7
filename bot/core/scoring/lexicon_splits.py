"""Our words split by a space ("i diot", "mus lims"): which ways of splitting a word the
lexicon reads as the word (`split_pairs_of`, at compile time), and the two tests a
server's layer redoes for the words it changes (`cuts`, `splittable`; lexicon_shared).
"""

from __future__ import annotations

from collections.abc import Container, Mapping

from bot.core.scoring.lexicon import CONTRACTED, SPLIT_MIN


def split_pairs_of(words: Mapping[str, float], known: frozenset[str]) -> dict[tuple[str, str], str]:
    """Every way to split one of our words in two with a space ("i diot", "du mb").

    Only splits whose pieces are no words of ours: "go ok" is not "gook", "who re"
    is not "whore", and "it s pic" is not "spic" (contraction leftovers never count).
    When two words split the same way, the weaker one is read.
    """
    found: dict[tuple[str, str], tuple[float, str]] = {}
    for word, weight in words.items():
        for key in cuts(word):
            if not splittable(key, known):
                continue
            if key not in found or (weight, word) < found[key]:
                found[key] = (weight, word)
    return {key: word for key, (_, word) in found.items()}


def cuts(word: str) -> list[tuple[str, str]]:
    """Every way to split `word` in two, if it is long enough to be read split at all."""
    if len(word) < SPLIT_MIN or not word.isalpha():
        return []
    return [(word[:cut], word[cut:]) for cut in range(1, len(word))]


def splittable(key: tuple[str, str], known: Container[str]) -> bool:
    return not any(p in CONTRACTED or (len(p) > 1 and p in known) for p in key)
