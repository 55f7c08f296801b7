"""Shapes of the discord57 round (targeting_discord57, discord57_words), at default
settings: a member kept out by the room's own decision, "we" or "lets" right before a
negated invite, add or join, opening its sentence, the member a pronoun for one person
or a user mention, standing or said whole ("we shouldnt invite him", "can we not let her
join", "lets not add him back", "were not inviting <@4> again"), is aimed at the member;
logistics and a reason after the member, an invite withheld from one event, the writer,
"them", bots and things, another's choice, reports, double negations, questions and
quotes stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # we should not invite / add / let join
    "we shouldnt invite him",
    "we should not invite her next time",
    "we shouldn't add him back",
    "we really shouldnt invite her again",
    "we shouldnt add him to the server lol",
    "we shouldnt let her join",
    "we should not let him back in",
    "we shouldnt let <@42> join",
    "i think we shouldnt invite her",
    # can we not / lets not
    "can we not invite him",
    "can we not let her join the gc",
    "lets not add him back",
    "let's not let her rejoin",
    "ngl can we not add <@77> again",
    # we are not (doing it)
    "were not inviting him",
    "we're not adding her back",
    "we arent letting him join",
    "we are not inviting <@8> again",
    "yeah were not inviting her anymore",
    "we shouldnt invite him guys",
)

CLEAN = (
    # wanted or asked
    "we should invite him, hes fun",
    "should we invite her?",
    "can we not invite him?",
    "why would we not invite her",
    "lets add him back",
    # logistics, a reason, one event
    "we shouldnt invite her yet, the server isnt ready",
    "we shouldnt invite him, hes busy tonight",
    "can we not let him join till after the match",
    "we should not let her join, shes afk",
    "we shouldnt invite him to the raid",
    "were not inviting her yet",
    # the writer, them, bots and things
    "we shouldnt invite me lol",
    "we shouldnt invite them",
    "lets not add the music bot",
    "this does not add up",
    "lets not let him down",
    "we will not let him win",
    # another's choice, reports, double negation, quotes
    "they shouldnt invite him",
    "she said were not inviting her",
    "i will not let her join",
    "we shouldnt not invite him thats rude",
    '"we shouldnt invite him" is such a mean thing to say',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord57_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_discord57_aims_at_the_member(scorer: Scorer) -> None:
    assert scorer.score("we shouldnt invite him").target is TargetKind.THIRD_PERSON
    assert scorer.score("can we not let her join").target is TargetKind.THIRD_PERSON
    assert scorer.score("we are not inviting <@8> again").target is TargetKind.MENTION


@pytest.mark.parametrize("text", CLEAN)
def test_discord57_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
