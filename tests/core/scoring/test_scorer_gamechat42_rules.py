"""Shapes of the gamechat42 round (targeting_gamechat42, gamechat42_words), at default
settings: the writer's own team put down in game chat, a verdict adjective before the
team ("toxic team", "sad team", "what a terrible team"), an exclamation at it ("wtf this
team", "fk dis team la") and hatred of it ("i hate my team"); with the look-alikes that
stay clean (the writer's side, an apology, a thing named by "team", asked, negated,
quoted, reported, praise, the line going on)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a verdict adjective before the team
    "toxic team",
    "sad team :(",
    "worst team",
    "bad team",
    "gg horrible teammates",
    "end pls, toxic team",
    "what a bad team",
    "such an awful team",
    "this terrible team lol",
    "my sad team",
    "wp | embarrassing team",
    "worst team i have ever played with",
    # an exclamation at the team
    "wtf this team",
    "gg wtf this team",
    "fk dis team la",
    "omg my teammates",
    "smh my team again",
    "god this team honestly",
    # hatred of the team
    "i hate my team",
    "hate this team",
    "i fucking hate my teammates",
    "gg i really hate this team lol",
)

CLEAN = (
    # the writer's side, an apology
    "we are a sad team lol",
    "we're a bad team today",
    "you guys are a toxic team",
    "my bad team, i played like shit",
    # a thing named by "team", or the line going on
    "worst team comp",
    "toxic team chat",
    "bad team fight, regroup",
    "sad team photo",
    "terrible team work",
    "bad team player",
    "wtf this team fight",
    "omg my team won",
    "omg this team is so good",
    "ffs this team comp",
    "i hate my team comp",
    "i hate when my team splits",
    # asked, negated, quoted, reported
    "toxic team?",
    "is this a bad team?",
    "i dont hate my team",
    "do you hate your team?",
    '"toxic team" lol',
    "he said toxic team",
    # others' teams, praise, bare reports
    "she hates her team",
    "i love my team",
    "report my team",
    "gg wp team",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat42_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.GROUP, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat42_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
