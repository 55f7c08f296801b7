"""Shapes of the forum19 round (targeting_forum19, forum19_words, its fixes in olid4 and
the scorer's said-of-group gate, and its lexicon lines), at default settings: a threat
said of a political camp, a wing named as a group ("the woke left", "left wingers"),
brats and triggered snowflakes, a shill with a word of certainty, licked boots; with the
look-alikes that stay clean: a verdict denied ("not all ..."), narrowed to a task or to a
part of an activity, wrongdoers pursued, no camp, a side of a thing, the claim not the
writer's."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a threat said of a political camp, modals between
    "democrats need to be rounded up",
    "the socialists should all be rounded up",
    "the far left should be wiped out",
    "the right needs to be wiped out for good",
    "tankies should be rounded up and shot",
    # a wing named as a group
    "the left are lunatics",
    "the woke left are morons",
    "left wingers are clowns",
    "right-wingers are idiots",
    # generations called brats, a triggered snowflake, a certain shill, licked boots
    "boomers are brats",
    "zoomers are spoiled brats",
    "lol another triggered snowflake",
    "snowflake triggered much",
    "you're clearly a paid shill",
    "ur obviously a shill",
    "lick that boot you bootlicker",
    "lick those boots some more",
    # the older readings kept
    "all conservatives are idiots",
    "landlords are thieves",
    "you are pathetic at this game",
    "you are the worst part of my day",
)

CLEAN = (
    # no camp, a side of a thing, the claim not the writer's
    "the sheep should be rounded up before dark",
    "scores should be rounded up",
    "the left flank needs to be wiped out first",
    "stop saying democrats should be rounded up",
    "nobody thinks the right needs to be wiped out",
    # a verdict denied
    "not all democrats are idiots",
    "not every cop is a complete idiot",
    # a group's skill at a task, wrongdoers pursued
    "cops are useless at stopping burglaries",
    "the police are terrible at finding stolen bikes",
    "they never arrest the scammers",
    "cops are bad at catching thieves",
    # a part of an activity
    "landlords are the worst part of renting",
    "tourists are the worst part of travelling in summer",
    # brats on a grill, a snowflake in winter, boots cleaned
    "brats on the grill tonight",
    "a snowflake landed on my nose",
    "i need to polish those boots",
    # a wing that is no group
    "turn left, those drivers are lunatics",
    "our wingers are slow today",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_forum19_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_forum19_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
