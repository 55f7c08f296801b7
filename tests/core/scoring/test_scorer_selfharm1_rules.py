"""Shapes of the selfharm1 round (targeting_selfharm1, selfharm1_words), at default
settings: self-harm urged at the reader as an order, advice, a wish, a "why" or a favour
("just end it all", "you should end your life", "do us all a favour and end it", "go
starve yourself", "cut deeper next time"), or the reader said better off dead ("you'd be
better off dead"), is aimed at the reader; game chat ending a match, a partner or a story
ended, everyday cutting, the writer's own distress, help, negations, questions, reports
and quotes stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # an order opening its clause
    "just end it all",
    "go end your life lol",
    "pls end ur life already",
    "nobody would notice, end it all",
    "@bob end it all",
    "cut deeper next time",
    "go starve urself fatty",
    "rope urself",
    "go rope",
    "take your own life already",
    # advice, a wish, a "why", a favour
    "you should end your life",
    "u might as well end it all",
    "you need to cut yourself",
    "you should just end it",
    "i hope you end it all",
    "why dont you just end it all",
    "why not end it all",
    "do us all a favour and end it",
    "do the world a favor and end your life",
    # better off dead
    "you'd be better off dead",
    "ur better off six feet under",
    "u r so much better off dead tbh",
)

CLEAN = (
    # a match, a partner, a story
    "ff just end it",
    "just end it we lost",
    "end it already, gg",
    "end it already we lost",
    "gg, end it all",
    "you should end it with him",
    "you should end it, he's bad for you",
    "the show should just end it",
    "end your turn",
    "you should end your life story here",
    # everyday cutting, starving, rope
    "cut yourself some slack",
    "go cut yourself some slack",
    "go cut urself a break, you did great",
    "cut yourself a slice of cake",
    "don't starve yourself before the race",
    "just rope them in",
    "you should take your life back",
    # the writer's own, someone else
    "i want to end it all",
    "im gonna end it all",
    "we should end it all",
    "i'm better off dead",
    "he'd be better off dead",
    # help, negations, questions, reports, quotes
    "please don't end your life",
    "never take your own life",
    "don't you dare end your life",
    "you're not better off dead",
    "did you cut yourself?",
    "end your life? no way",
    "do you ever feel you'd be better off dead?",
    "she said you should end it all",
    "if you ever want to end it all, call someone",
    'he wrote "just end it all" and got banned',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_selfharm1_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_selfharm1_aims_at_the_reader(scorer: Scorer) -> None:
    assert scorer.score("just end it all").target is TargetKind.IMPERATIVE
    assert scorer.score("do us all a favour and end it").target is TargetKind.IMPERATIVE
    assert scorer.score("you should end your life").target is TargetKind.SECOND_PERSON
    assert scorer.score("you'd be better off dead").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_selfharm1_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
