"""Shapes of the hatecheck74 round (targeting_hatecheck74, hatecheck74_words), at default
settings: a named group thrown to its death in a place, said in the passive ("the jews
should be thrown into the sea", "refugees should be pushed off a cliff") or named first
in a fragment of its own and then meant by a pronoun ("refugees? throw them into the
sea", "jews? they should all be pushed off a cliff"), is aimed at the group; a pronoun
that names someone else, things, animals and games, news and history, negations,
questions, reports, quotes and counter-speech stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the passive, a call after the group or a wish before it
    "jews need to be pushed into the sea",
    "the immigrants should all just be tossed off a bridge",
    "i hope the gays get chucked into the river",
    "every refugee deserves to be thrown into the ocean",
    # the group named first, then "them" in the order
    "muslims? throw them all into the sea",
    "gays... someone needs to push them off a roof",
    "refugees. we should chuck em into the ocean",
    # the group named first, then "they" in the passive
    "speaking of jews, they should all be tossed into the ovens",
    "immigrants? they must be pushed back into the sea",
    "as for the gypsies, they should be thrown off a cliff",
)

CLEAN = (
    # no named group, or no place of death
    "the ball should be pushed into the net",
    "players should be pushed off the point",
    "muslims? they should be pushed to the front of the line",
    "immigrants should be tossed a bone",
    "the enemy team should be pushed off the cliff",
    "migrants? the coast guard should pull them out of the sea",
    # news, history and the writer's own doing: no call
    "refugees were chucked off the boat by smugglers",
    "i read that refugees were thrown into the sea in 2015",
    "immigrants? i pushed them off a cliff in my dream lol",
    # negations, questions, jokes, quotes and counter-speech
    "refugees? they should not be thrown into the sea",
    "jews? would you push them off a cliff?",
    "gays? throw them into the sea lol jk",
    '"muslims should be thrown into the sea" is hate speech, report it',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck74_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck74_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("jews need to be pushed into the sea").target is TargetKind.GROUP
    assert scorer.score("muslims? throw them all into the sea").target is TargetKind.GROUP
    assert (
        scorer.score("immigrants? they must be pushed back into the sea").target is TargetKind.GROUP
    )


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck74_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
