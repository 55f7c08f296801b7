"""Shapes of the hatecheck47 round (targeting_hatecheck47, hatecheck47_words), at default
settings: a named group reduced to one use "and nothing else" ("women are good for sex and
nothing else"), said to be present only for a use or a harm ("women are only here to make
sandwiches", "refugees are only here for the benefits"), or told to stick to housework
("women should stick to the kitchen") is an identity attack on the group, also with "they"
after the group or asked with "why"; no group, no use or harm, a clause going on, a
condition, a denial, another's words, a question of doubt or a non-protected target stay
as they were."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # one use and nothing else
    "women are good for sex and nothing else",
    "immigrants are good for cleaning toilets and nothing more",
    "women are only useful for breeding and nothing else",
    "refugees are fit for manual work and nothing more",
    "honestly women are good for housework and little else",
    "women are good for making babies and not much else",
    "women are good for sex and nothing else lol",
    "i met some women. they are good for sex and nothing else.",
    # present only for a use or a harm
    "women are only here to make sandwiches",
    "women are just here to look pretty",
    "immigrants are only here to leech off us",
    "jews are only here to take our money",
    "women are here only to please men",
    "refugees are only here for the benefits",
    "immigrants are only here for free housing",
    "women are here to serve men",
    "women are here to breed",
    "why are women only here to make sandwiches?",
    "we took in refugees. they are only here for the handouts",
    # told to stick to housework
    "women should stick to the kitchen",
    "women should just stick to cooking and cleaning",
    "women need to stick to making babies",
    "women ought to stick to raising kids",
)

CLEAN = (
    # no named group
    "this knife is good for bread and nothing else",
    "i am only here for the free pizza",
    "i should stick to cooking, my painting is awful",
    "we should stick to the kitchen, it's warm there",
    # no use, gain or housework
    "immigrants are only here to work",
    "immigrants are here to build a better life",
    "refugees are only here for a week before they move on",
    "disabled people are only here for the free parking",
    "women are here to serve their country",
    "women should stick to their guns in negotiations",
    "women stick to the kitchen at parties",
    # the clause goes on, a pause, a condition
    "women are good for the team and nothing else matters",
    "women are good for the team, and nothing else",
    "women should stick to the kitchen if they want to",
    # denied, asked in doubt, reported, quoted
    "women are not just here to make sandwiches",
    "who says women are only here to make sandwiches?",
    "saying women are good for sex and nothing else is disgusting",
    "stop telling women they should stick to the kitchen",
    "my uncle said refugees are only here for the benefits, which is a lie",
    '"women should stick to cooking" is a sexist old line',
    # a non-protected target keeps its older reading
    "politicians are only here to line their pockets",
    "the interns are good for coffee runs and nothing else",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck47_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.GROUP, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck47_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_hatecheck47_terms_stay_gated_without_a_group(scorer: Scorer) -> None:
    """Without a named group the round's terms never count, and the older readings of
    "stick to bots" and "good for nothing" at the reader stay as they were."""
    assert scorer.score("you should stick to bots").hostile
    assert scorer.score("you are good for nothing").hostile
    for text in ("he is only here to cook", "the bot is good for memes and nothing else"):
        assert not scorer.score(text).hostile, text
