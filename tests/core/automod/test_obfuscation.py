"""Wildcards and regexes against obfuscation: they catch the spellings, not other words.

Discord's regexes are Rust-flavoured with case-insensitive and Unicode flags on;
Python's `re` reads these patterns the same way (no look-around, no back-references).
"""

from __future__ import annotations

import re

import pytest

from bot.core.automod.obfuscation import regex_words, with_wildcards, word_pattern, wrap


def matcher(*words: str) -> re.Pattern[str]:
    return re.compile(wrap(word_pattern(w) for w in words), re.IGNORECASE | re.UNICODE)


@pytest.mark.parametrize(
    "text",
    [
        "kys",
        "KYS",
        "kyyyys",
        "k y s",
        "k.y.s",
        "k-y-s",
        "just kys lol",
        "n1gg3r",
        "N I G G E R",
        "niggers",
    ],
)
def test_obfuscated_spellings_match(text: str) -> None:
    assert matcher("kys", "nigger").search(text)


@pytest.mark.parametrize(
    "text",
    ["skyscraper", "ok yes", "Niger", "Nigerian", "snigger", "go ok", "good", "sky s"],
)
def test_ordinary_words_do_not_match(text: str) -> None:
    assert not matcher("kys", "nigger", "gook").search(text)


def test_patterns_avoid_what_rust_lacks() -> None:
    pattern = wrap(word_pattern(w) for w in ("kys", "spic"))
    assert "(?=" not in pattern and "(?!" not in pattern and "(?<" not in pattern
    re.compile(pattern)


def test_regex_words_fold_plurals_and_skip_short_long_and_phrases() -> None:
    words = [
        "kys",
        "kyss",
        "gooks",
        "gook",
        "go",
        "untermensch",
        "porch monkey",
        "négro",
        "spic",
        "spics",
    ]
    assert regex_words(words) == ["kys", "gooks", "gook", "spic"]


def test_wildcards_merge_long_stems_with_their_plurals_only() -> None:
    spellings = with_wildcards(["nigger", "niggers", "spic", "spics", "retard", "retards", "kys"])
    assert spellings["nigger"] == spellings["niggers"] == "nigger*"
    assert spellings["spic"] == "spic" and spellings["spics"] == "spics"  # "spic*" is "spicy"
    assert spellings["retard"] == "retard"  # "retard*" is "retardant"
    assert spellings["kys"] == "kys"
