"""Spellings that dodge a plain keyword list: wildcards and regexes for AutoMod.

Discord matches keywords as whole words, case-insensitively; `word*` also matches
longer words that start with it. Its regexes are Rust-flavoured, case-insensitive
and Unicode-aware, with no look-around or back-references. The patterns built here
catch what the scorer's folding undoes: leet digits and symbols ("n1gg3r"),
stretched letters ("kyyys") and letters spaced out ("k.y.s", "k y s").
Each pattern is anchored at a word start so it never matches inside another word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

LEET: dict[str, str] = {
    "a": "[a4@]",
    "e": "[e3]",
    "i": "[i1!|]",
    "o": "[o0]",
    "s": "[s5$]",
    "t": "[t7]",
    "g": "[g9]",
}
SEPARATOR = r"\W+"
PREFIX = r"\b(?:"
SUFFIX = r")s*\b"
MIN_REGEX_WORD = 3
MAX_REGEX_WORD = 8  # longer words are rarely spelled out letter by letter, and cost room
MIN_WILDCARD_STEM = 6
NO_WILDCARD = frozenset({"retard"})
"""Stems that start ordinary words ("retardant"), so they stay whole words."""


def word_pattern(word: str) -> str:
    """One word's body in two forms: each letter (or its leet forms) one or more times
    ("n1gg3r", "kyyys"), or the plain letters with separators between all of them
    ("k.y.s", "k y s"). Doubled letters stay doubled, so "nigger" never matches
    "niger", and a separator is needed between every letter, so "go ok" is not "gook".
    """
    compact = "".join(LEET.get(ch, re.escape(ch)) + "+" for ch in word)
    spaced = SEPARATOR.join(re.escape(ch) for ch in word)
    return f"{compact}|{spaced}"


def wrap(bodies: Iterable[str]) -> str:
    """Alternatives as one anchored pattern; a plural "s" is allowed after any of them."""
    return PREFIX + "|".join(bodies) + SUFFIX


def regex_words(words: Iterable[str]) -> list[str]:
    """The single words worth a pattern: letters only, long enough, plurals folded in
    (the pattern allows a trailing "s"), order kept."""
    kept: list[str] = []
    seen: set[str] = set()
    for word in words:
        if not MIN_REGEX_WORD <= len(word) <= MAX_REGEX_WORD:
            continue
        if not (word.isascii() and word.isalpha()):
            continue
        if word in seen or (word.endswith("s") and word[:-1] in seen):
            continue
        seen.add(word)
        kept.append(word)
    return kept


def with_wildcards(words: Iterable[str]) -> dict[str, str]:
    """Keyword spelling per word: a stem whose plural is also listed becomes `stem*`
    (one keyword for both, and "niggerish" too), long stems only; others stay as they are.
    """
    listed = list(words)
    present = set(listed)
    out: dict[str, str] = {}
    for word in listed:
        stem = word[:-1] if word.endswith("s") and word[:-1] in present else word
        plural = stem + "s" in present
        long_stem = " " not in stem and len(stem) >= MIN_WILDCARD_STEM
        out[word] = stem + "*" if plural and long_stem and stem not in NO_WILDCARD else word
    return out
