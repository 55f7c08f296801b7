"""The eighteenth speed round gives exactly the answers of the code it replaced (issue 8).

chat6 finds where a single quote may open with `str.find` and a look at the character
before each "'", instead of the regex `[\\s(:]'` scanned over the whole text; the two
must agree on every text, whitespace of every kind among them. Context skips
`single_quoted` where no quote can open and builds its pauses from its stops: each gives
what the slower way gave. The cue mask test stays as a check of `CueIndex.mask`.
"""

from __future__ import annotations

import random
import re

import pytest

from bot.core.scoring.hate_spelling import _SINGLE_QUOTED_RE
from bot.core.scoring.targeting_chat6 import _opens_quote
from bot.core.scoring.targeting_context import (
    _COMMAS,
    _STOPS,
    CueIndex,
    _opens_single,
    _positions,
)

_REPLACED = re.compile(r"[\s(:]'")  # the regex the scan replaced
_WHITESPACE = [chr(code) for code in range(0x110000) if chr(code).isspace()]


def _by_regex(folded: str) -> bool:
    return folded.startswith("'") or _REPLACED.search(folded) is not None


def test_isspace_is_the_regex_whitespace_class() -> None:
    """`\\s` of a str pattern and `str.isspace` pick the same characters."""
    regex = [chr(code) for code in range(0x110000) if re.match(r"\s", chr(code))]
    assert regex == _WHITESPACE


@pytest.mark.parametrize(
    ("folded", "opens"),
    [
        ("", False),
        ("'", True),
        ("'noob' is a slur", True),
        ("he said 'ur trash'", True),
        ("you're a loser", False),
        ("you're 'the best'", True),
        ("(''", True),
        ("called me:'idiota'", True),
        ("x\u00a0'quoted'", True),  # a no-break space is whitespace to both
        ("x\u200b'quoted'", False),  # a zero-width space is not
        ("it's ok, isn't it", False),
    ],
)
def test_opens_quote_examples(folded: str, opens: bool) -> None:
    assert _opens_quote(folded) is opens
    assert _by_regex(folded) is opens


def test_opens_quote_agrees_with_the_regex_on_random_texts() -> None:
    alphabet = [*"ab'(:)\u2018\u2019 .x,é\n", *_WHITESPACE, "\u200b", "\x1c"]
    rng = random.Random(18)
    for _ in range(20_000):
        folded = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        assert _opens_quote(folded) is _by_regex(folded), folded


def test_word_class_is_isalnum_or_underscore() -> None:
    """`\\w` of a str pattern is `str.isalnum()` or "_": what `_opens_single` tests."""
    for code in range(0x110000):
        char = chr(code)
        assert (re.match(r"\w", char) is not None) is (char.isalnum() or char == "_"), code


def test_single_quoted_is_skipped_only_where_its_regex_finds_nothing() -> None:
    alphabet = [*"ab 'x\u2018\u2019.!?,:_1é\t\n", "\u00a0", "ß", "don't", " 'you are so dumb' "]
    rng = random.Random(18)
    opened = 0
    for _ in range(20_000):
        folded = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        if _opens_single(folded):
            opened += 1
        else:
            assert _SINGLE_QUOTED_RE.search(folded) is None, folded
    assert 0 < opened < 20_000  # both sides exercised
    assert not _opens_single("don't do it, it's late")
    assert _opens_single("he said 'you are so dumb' lol")


def test_pauses_are_the_stops_and_commas_merged() -> None:
    rng = random.Random(18)
    for _ in range(5_000):
        folded = "".join(rng.choice("ab .!?;,:|\n") for _ in range(rng.randint(0, 12)))
        merged = sorted(_positions(folded, _STOPS) + _positions(folded, _COMMAS))
        assert merged == _positions(folded, ".!?;,:|\n"), folded


def test_cue_index_mask_is_the_bits_of_every_token() -> None:
    index = CueIndex({})
    lists = [frozenset({"you", "u"}), frozenset({"you", "they"}), frozenset({"idiot"})]
    for number, words in enumerate(lists):
        index.add(f"list{number}", words)
    vocabulary = ["you", "u", "they", "idiot", "the", "lol", ""]
    rng = random.Random(18)
    for _ in range(5_000):
        tokens = [rng.choice(vocabulary) for _ in range(rng.randint(0, 8))]
        expected = 0
        for number, words in enumerate(lists):
            if not words.isdisjoint(tokens):
                expected |= 1 << number
        assert index.mask(tokens) == expected, tokens
