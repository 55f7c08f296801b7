"""Shapes of the olid35 round (targeting_olid35, olid35_words), at default settings:
"they" opening the message as the subject of a plural name-call ("they are bigots",
"honestly they are hypocrites") is aimed; a yes/no question of a person ("is she a
hypocrite for saying that?") and a kind reason after "people like you are the reason"
stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # "they" as the subject of a plural name-call
    "they are bigots",
    "they are nothing but bigots",
    "honestly they are bigots",
    "@USER they are all crooks",
    # asked but not in this round's plain shape: stays as the older rules read it
    "is he a fucking idiot?",
    "isn't he a liar?",
    "is he mentally ill or just plain evil?",
    # an unkind reason
    "people like you are the reason nobody trusts the news",
    "people like you are the reason nobody believes in kindness",
)

CLEAN = (
    # a yes/no question of a person
    "is she a hypocrite for saying that?",
    "is he a liar or just confused?",
    "@USER was she a fraud? the court said no",
    "is this guy an idiot or a genius?",
    "are they bigots?",
    # denied or asked put-downs with "they"
    "i don't think they are bigots",
    "are they all crooks?",
    # "they" after an earlier sentence stands for what it named
    "the new phones arrived. they are all duds",
    # a kind reason
    "people like you are the reason i still believe in kindness",
    "people like you are the reason i feel hopeful",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid35_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_olid35_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
