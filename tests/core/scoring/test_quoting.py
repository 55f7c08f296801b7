"""Double quotes are paired by how they sit, so one stray quote quotes nothing."""

from __future__ import annotations

import pytest

from bot.core.scoring.quoting import double_quoted
from bot.core.scoring.scorer import Scorer


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('he said "you suck" lol', ["you suck"]),
        ('"you suck" he said', ["you suck"]),
        ('they say " you suck " all day', [" you suck "]),
        ('the ("free market") crowd', ["free market"]),
        ('a "b" and "c d"', ["b", "c d"]),
        ('dont feel safe" working here. you suck', []),
        ('you suck"', []),
        ("5'11\" and tall", []),
        ('stray" then "a quote" here', ["a quote"]),
        ('an "opener then "another" one', ["another"]),
        ('"', []),
        ("", []),
        ('""', [""]),
    ],
)
def test_double_quoted_spans(text: str, quoted: list[str]) -> None:
    assert [text[start + 1 : end - 1] for start, end in double_quoted(text)] == quoted


# A quote that can only close, with none open, used to open one by count and quote the
# writer's own words after it.
HOSTILE = (
    'the snowflakes that dont feel safe" here. you are an idiot "ok',
    'lol" you are such a loser "haha',
    'he typed "gg" and lost" again, you are a clown "lmao',
)
CLEAN = (
    'he said "you are an idiot" lol',
    '"you are an idiot" is what he told me',
    'they say " you are a loser " all day',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_stray_quote_quotes_nothing(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


@pytest.mark.parametrize("text", CLEAN)
def test_paired_quotes_still_report(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile
