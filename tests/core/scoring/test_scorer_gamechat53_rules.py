"""Shapes of the gamechat53 round (targeting_gamechat53, gamechat53_words), at default
settings: game chat cursing the players of a nationality by their country or plural name
(a curse or wish opening its clause right before them, or the name called a vulgar noun
closing its clause) is hostile; a server, a ping or a thing of the country, praise, a
pause after the curse, negations, questions, reports, quotes and counter-speech stay
clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a curse or a wish opening its clause, right before them
    "fuck peru",
    "still fuck peru",
    "omg fuck russia",
    "fuck brazil lol",
    "suck it russians",
    "shut up pinoys",
    "die ruskies",
    "screw the brazilians",
    "fuck u peruvians",
    "gg | fuck peru",
    # the name called a vulgar noun, closing the clause
    "peru shit",
    "reported peru shit",
    "report this peru trash",
    "russia garbage",
    "russians garbage lol",
    "brazil monkeys",
    "all peruvians shit",
)

CLEAN = (
    # a server, a ping or a thing of the country
    "fuck the peru server",
    "fuck peru servers",
    "fuck my ping to peru",
    "peru shit internet",
    "russia trash talk is funny",
    # praise, a pause after the curse, "suck it up"
    "fuck yeah brazil won",
    "fuck, russians carried us",
    "suck it up russians",
    # negated, asked, reported, quoted, counter-speech
    "he said fuck peru",
    "dont say fuck russians",
    "who says fuck brazil?",
    '"fuck peru" is a dumb thing to say',
    "dont die pinoys, play safe",
    # neutral
    "im from peru",
    "greetings from russia",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat53_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_gamechat53_nationality_is_a_group(scorer: Scorer) -> None:
    assert scorer.score("fuck peru").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat53_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
