"""The sixteenth speed round: `Scorer.score` asks its set tests of `present`, a message's
words among `asked_words` (asked_words.py), not of all its words (issue 8).

A set test against `present` has the answer it has against every word of the message
only while each set tested is inside the scorer's `_asked`: a new test on `present`
needs its set added to `asked_words` (asked_words.py) (the first test below lists them). The table
reads lines through each of those tests, with the verdicts they had before the change.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.forum4_words import FORUM4_GATE
from bot.core.scoring.italian17_words import SINGULAR_WORDS
from bot.core.scoring.olid4_words import POLITICAL_GATE
from bot.core.scoring.olid7_words import HARM_GATE
from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import Category


def _asked_of(scorer: Scorer) -> list[frozenset[str]]:
    """Every set `Scorer.score` tests `present` against."""
    return [
        scorer._praise,
        scorer._group_words,
        scorer._claims,
        scorer._own7,
        scorer._reader.triggers,
        scorer._reader.wake,
        HARM_GATE,
        POLITICAL_GATE,
        FORUM4_GATE,
        SINGULAR_WORDS,
        frozenset({"cesso", "roma", "rom", "nere"}),
    ]


@pytest.mark.parametrize(
    "config",
    [
        ScorerConfig(),
        ScorerConfig(languages=("en",)),
        ScorerConfig(languages=("it",)),
        ScorerConfig(
            custom_terms={"pineapple": Category.INSULT}, allowed_terms=frozenset({"idiot"})
        ),
    ],
)
def test_every_set_tested_on_present_is_asked(config: ScorerConfig) -> None:
    scorer = Scorer(config)
    for words in _asked_of(scorer):
        assert words <= scorer._asked


def test_asked_is_one_copy_per_language_set() -> None:
    assert Scorer()._asked is Scorer(ScorerConfig(threshold=0.3))._asked


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("what a good one", False),  # praise, no group
        ("stay home", False),  # a group-only word, no group
        ("immigrants should stay home", True),
        ("liberals are ruining this country", True),  # a harm word beside a party
        ("poor kids", False),  # hateprobe7's own words
        ("la pioggia cessò", False),
        ("sei un cesso", True),
        ("il traffico a Roma è un incubo", False),
        ("i rom sono ladri", True),
        ("le persone nere sono una sciagura", True),
        ("l'arabo è un ladro", True),  # italian17's singulars
        ("do you want sex?", True),  # the reader's shapes wake
        ("so corrupt", False),  # judging words only a named group makes hostile
        ("democrats are all crooks", True),
        ("landlords are leeches", True),
        ("shit team", True),
        ("fuck gay people", True),
    ],
)
def test_lines_read_through_each_present_test(scorer: Scorer, text: str, flagged: bool) -> None:
    assert scorer.score(text).hostile is flagged
