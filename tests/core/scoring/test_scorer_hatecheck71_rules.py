"""Shapes of the hatecheck71 round (targeting_hatecheck71, hatecheck71_words), at default
settings: violence against a named group said with a phrasal verb, ordered bare ("gun
down the immigrants", "line the jews up against the wall"), after the writer's intent or
a call on someone ("i will gun down the immigrants", "someone should string up the
gays"), or in the passive with the group as subject ("immigrants should be gunned down",
"i hope the jews all get strung up") is aimed at the group; games and things, the verbs
with no group, negations, news and history reported, questions, counter-speech and
quotes stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the bare order, over chat's openers, determiners and tails
    "gun down the refugees",
    "mow down the gays",
    "string up the immigrants",
    "just gun down the jews already",
    "somebody mow down every muslim you see",
    "lets string up all the trans people",
    "string up those gypsies in this city",
    # the order after the writer's intent or a call on someone
    "i will gun down the muslims",
    "we should string up the jews",
    "someone needs to mow down the refugees",
    "im gonna gun down every gay in town",
    # the wall
    "line the muslims up against the wall",
    "line the refugees up against a wall and be done with it",
    # the passive, the group its subject
    "refugees should be gunned down",
    "the muslims should all be strung up",
    "gays deserve to be mowed down",
    "every jew ought to be gunned down like a dog",
    "immigrants need to be strung up",
    "the gays should be lined up against the wall",
    "i hope the refugees get gunned down",
    "honestly i wish all jews would get strung up",
)

CLEAN = (
    # games and things: no group after the verb or before the run
    "gun down the enemy healer",
    "mow down the weeds",
    "string up the flags for the party",
    "line the bottles up against the wall",
    "i will gun down the whole enemy squad",
    "the dummies should be strung up before practice",
    "the robots deserve to be mowed down",
    # the verbs with no group; a thing owned by the group
    "i got mowed down at the bridge again",
    "she was gunned down in the film",
    "i will gun down the immigrants' drones in this level",
    # negations and conditions
    "no refugee should be gunned down",
    "gays should never be strung up for who they love",
    "immigrants should not be mowed down at the border",
    "i would never gun down the muslims",
    "if we string up the jews we are no better than them",
    # news and history reported
    "soldiers gunned down the refugees at the border",
    "the jews were lined up against the wall and shot",
    "he said we should gun down the immigrants",
    # questions, counter-speech and quotes
    "were the muslims gunned down?",
    "should we string up the gays?",
    "stop saying gun down the immigrants",
    '"string up the jews" was their chant',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck71_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck71_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("gun down the refugees").target is TargetKind.GROUP
    assert scorer.score("refugees should be gunned down").target is TargetKind.GROUP
    assert scorer.score("line the muslims up against the wall").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck71_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
