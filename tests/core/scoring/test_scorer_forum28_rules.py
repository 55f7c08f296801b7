"""Shapes of the forum28 round (targeting_forum28, forum28_words), at default settings:
a name-call said of the people of a thread by their part in it ("the downvoters are
clowns", "op sounds like a complete tool", "op must be an idiot", "op has no brain"), of
a place filled with them ("this place is infested with idiots") or of everyone who turned
on the writer ("anyone who blocked me is a coward") is aimed; praise, denial, questions,
conditions, reported speech, a thing after the name-call, a place judged as a place and
the writer mocked through a verb of fondness stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the people of a thread, by their part in it
    "the downvoters are clowns",
    "the upvoters are clowns lol",
    "honestly the downvoters here are clowns",
    "i think the downvoters are clowns",
    # one of them, as a tool or after "must be"
    "op sounds like a complete tool",
    "op is a tool",
    "the op is such a tool",
    "op must be an idiot",
    "op has to be a troll",
    "op has no brain",
    "op is a joke",
    # a place filled with them
    "this place is infested with idiots",
    "this place is overrun with morons",
    # everyone of a kind, the writer the object of their forum hostility
    "anyone who blocked me is a coward",
    "everyone who disagrees with me is an idiot",
    "people who downvote me are morons",
    "those who reported me are losers lol",
)

CLEAN = (
    # praise, and "be" that holds no verdict
    "op must be a genius",
    "op could be an idiot",
    "op will be a clown for halloween",
    "op wants to be a clown",
    # denial, questions, conditions, reported speech
    "the downvoters are not clowns",
    "are the downvoters clowns?",
    "does op have no brain?",
    "if the downvoters are clowns then so be it",
    "my boss said op is a tool",
    "i don't think op is a tool",
    # the name-call goes on to a thing; a place judged as a place
    "op is a tool shed owner",
    "this place is a joke",
    "this place is full of tools",
    # the writer mocked through a verb of fondness; asked; denied
    "anyone who dates me is crazy",
    "anyone who loves me is an idiot lol",
    "is everyone who downvoted me an idiot?",
    "people who downvote me are not morons",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_forum28_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_forum28_group_and_person(scorer: Scorer) -> None:
    assert scorer.score("the downvoters are clowns").target is TargetKind.GROUP
    assert scorer.score("op sounds like a complete tool").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_forum28_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
