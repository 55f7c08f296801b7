"""Shapes of the hatecheck62 round (targeting_hatecheck62, hatecheck62_words), at default
settings: a named identity group denied rights or worth in a rhetorical question ("why
are muslims even allowed to vote?", "what good are immigrants anyway?") or promised a
comeuppance ("the jews will get what they deserve", "one day the immigrants will pay")
is aimed at the group; things, teams and firms, real questions, paying in the plain
sense, negations, counter-speech and reports stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a rhetorical question denying rights
    "why are muslims even allowed to vote?",
    "why should trans people have any rights?",
    "why should women even be allowed to drive",
    "why are refugees even allowed to work here?",
    "why should immigrants have any rights at all?",
    "honestly why are gay people even allowed to adopt",
    # a rhetorical question denying worth
    "what good are immigrants anyway?",
    "what good are the jews to anyone?",
    "seriously, what good are disabled people anyway?",
    # a comeuppance
    "the jews will get what they deserve",
    "muslims are gonna get what they deserve soon",
    "one day the immigrants will pay",
    "refugees will pay dearly",
    "black people are going to pay.",
    "the gays will regret it",
    "one day trans people will regret it soon enough",
)

CLEAN = (
    # things, teams, firms, generations
    "why should bots have any rights?",
    "why are pigeons even allowed in the station?",
    "what good are umbrellas anyway?",
    "the team will get what they deserve",
    "one day the bank will pay",
    "one day the boomers will pay",
    "the devs will regret it",
    # real questions: no rhetorical mark, or asked of the future
    "why are immigrants allowed to vote in some local elections?",
    "why do women have fewer rights in some countries?",
    "will immigrants pay more tax under the new plan?",
    "what good are vaccines if nobody takes them?",
    # paying or getting in the plain sense
    "immigrants will pay into the pension system",
    "women will get what they deserve: equal pay",
    "muslims will pay zakat during ramadan",
    # negations, counter-speech and reports
    "black people will not pay for your mistakes",
    "gay people won't regret it, love wins",
    "nobody should say refugees will pay",
    "saying the jews will get what they deserve is vile",
    "he asked why muslims are even allowed to vote and got banned",
    "people who ask what good are immigrants anyway are bigots",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck62_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck62_aimed_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("one day the immigrants will pay").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck62_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
