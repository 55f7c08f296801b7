"""Shapes of the discord54 round (targeting_discord54, discord54_words), at default
settings: a ban said to the room before "let him in", "let her in" or, with a user
mention, hatecheck15's "dont let <@1> in" ("no one let him in", "we shouldnt let her
in", "dont let <@1> in the server"), opening its sentence, with the room, a standing word
or nothing after it, is aimed at the member; a reason after it (logistics, the member's
own wish), the writer, things, game talk, bots, questions, reports and quotes stay
clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a ban before "let him in", "let her in"
    "no one let him in",
    "nobody let her in the vc",
    "noone let him in again",
    "we shouldnt let her in",
    "we shouldn't let him in the server",
    "we should not let her in",
    "lets not let him in the gc",
    "let's not let her in this time",
    "never let him in again",
    "dont ever let her in the call",
    "guys nobody let him in lol",
    "no one should let her in",
    # a user mention after hatecheck15's "dont let"
    "dont let <@1> in the server",
    "guys dont let <@2> in",
    "do not let <@3> in the vc again",
)

CLEAN = (
    # a reason after the call
    "we shouldnt let him in, the vc is full",
    "dont let <@1> in the server until he verifies",
    "no one let her in yet shes at work",
    "nobody let him in, he asked to sit this one out",
    "dont let him in the call hes asleep",
    # the writer, things, game talk, bots
    "dont let me in the vc im eating",
    "no one let us in",
    "dont let them in our base",
    "no one let the creeper in",
    "dont let the bot in the server",
    "dont let him in the base hes on red team",
    # questions, reports, quotes, no ban
    "why did no one let him in",
    "they said nobody let her in",
    "should we let him in?",
    "pls let her in",
    "i didnt let him in because i was asleep",
    'she said "no one let him in" as a joke',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord54_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_discord54_aims_at_the_member(scorer: Scorer) -> None:
    assert scorer.score("no one let him in").target is TargetKind.THIRD_PERSON
    assert scorer.score("dont let <@1> in the server").target is TargetKind.MENTION


@pytest.mark.parametrize("text", CLEAN)
def test_discord54_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
