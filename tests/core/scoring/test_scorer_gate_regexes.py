"""The scorer's faster gate regexes answer exactly as the plain ones they stand for.

Each cheaper form (scanning for the character that must come first, instead of trying
a look-behind or a letter class at every position) is checked against the plain
pattern on hand-picked cases and on many random strings over the characters that
matter, so an edit to one that is not made to the other fails here.
"""

from __future__ import annotations

import random
import re

import pytest

from bot.core.scoring.hate_spelling import single_quoted
from bot.core.scoring.matching import RUN_GATE_RE
from bot.core.scoring.message_text import DIGIT_TAIL_RE, DIGIT_TAIL_SEEN_RE, RUN_HINT_RE, is_run

# The single-quote rule as first written: the look-behind before the opening quote.
_PLAIN_SINGLE_QUOTED = re.compile(
    r"(?<![\w'‘’])['‘](?=[^\W\d_])((?:[^'‘’\n]|(?<=\w)['’](?=\w))+?)(?<=[\w.!?])['’](?!\w)"
)
_ROUNDS = 20_000


def _has_run(flat: str) -> bool:
    """The letter-run gate as the scorer asks it inline."""
    run = RUN_HINT_RE.search(flat)
    return run is not None and is_run(run, flat)


def _strings(alphabet: str, seed: int, longest: int = 14) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest)))
        for _ in range(_ROUNDS)
    ]


@pytest.mark.parametrize(
    ("flat", "run"),
    [
        ("you are stuuupid", True),
        ("noooo way", True),
        ("call me at 222 today", False),  # digits three times are no letter run
        ("ok   then", False),  # nor spaces
        ("222 then aaa", True),  # a digit run first, a letter run later
        ("жжж", False),
        ("", False),
    ],
)
def test_letter_runs(flat: str, run: bool) -> None:
    assert _has_run(flat) is run
    assert (RUN_GATE_RE.search(flat) is not None) is run


def test_letter_runs_match_the_plain_regex_on_random_text() -> None:
    for flat in _strings("aab 22z é٣xx  ", seed=1):
        assert _has_run(flat) == (RUN_GATE_RE.search(flat) is not None), flat


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ("are u idioot22", True),
        ("moron9", True),  # one digit that is no leet letter
        ("hat3", False),  # "3" is leet for "e"
        ("noob123 lol", True),
        ("ab12", False),  # two letters only
        ("idiot22x", False),  # the digits run into a letter
        ("2026 was fine", False),
    ],
)
def test_digit_tails(text: str, tail: bool) -> None:
    assert (DIGIT_TAIL_SEEN_RE.search(text) is not None) is tail
    assert (DIGIT_TAIL_RE.search(text) is not None) is tail


def test_digit_tails_match_the_plain_regex_on_random_text() -> None:
    for text in _strings("ab2689017 _x.-é٣", seed=2):
        plain = DIGIT_TAIL_RE.search(text) is not None
        assert (DIGIT_TAIL_SEEN_RE.search(text) is not None) == plain, text


@pytest.mark.parametrize(
    "folded",
    [
        "writing 'immigrants are rats' should get you banned",
        "don't say 'you are all idiots' here",
        "it's a 'real' fan",
        "'quoted at the start of it all' ok",
        "x'not a quote at all' y",
    ],
)
def test_single_quotes(folded: str) -> None:
    plain = [(m.start(), m.end()) for m in _PLAIN_SINGLE_QUOTED.finditer(folded)]
    assert single_quoted(folded) == [
        (a, b) for a, b in plain if len(folded[a + 1 : b - 1].split()) >= 3
    ]


def test_single_quotes_match_the_plain_regex_on_random_text() -> None:
    from bot.core.scoring.hate_spelling import _SINGLE_QUOTED_RE

    for text in _strings("ab '‘’x.!?\n1é_", seed=3, longest=16):
        plain = [(m.span(), m.group(1)) for m in _PLAIN_SINGLE_QUOTED.finditer(text)]
        assert [(m.span(), m.group(1)) for m in _SINGLE_QUOTED_RE.finditer(text)] == plain, text
