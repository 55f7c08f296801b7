"""Shapes of the hatecheck51 round (targeting_hatecheck51, hatecheck51_words), at default
settings: a call on "them" with the group named in the same line ("lock them all up,
every last muslim", "immigrants everywhere, deport them all"), a group sent back by boat
or one member after "every" ("send every refugee back on the next boat", "send every
last migrant back"), and a group cast as possessions ("wives are property", "women
belong to men", "women are breeding stock") stay aimed at the group; the same words of
no named group, another object, counter-speech, questions, reports and kind mentions
stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the group in apposition after the call on "them"
    "lock them all up, every last muslim",
    "deport them all, these mexicans",
    "round them all up, each and every jew",
    "kick them all out, these refugees",
    "lock them up, the lot of them gays",
    "just lock them away, every single immigrant",
    # the group opening a short clause before the call
    "immigrants everywhere, deport them all",
    "muslims in every town, lock them all up",
    "the gypsies, round them all up",
    "trans people in our schools, lock them all up",
    # sent back by boat, or one member after "every"
    "send every refugee back on the next boat",
    "send the migrants back on the first plane",
    "send every last migrant back",
    "we need to send each immigrant back by boat",
    "send all the refugees home on a boat",
    # possessions
    "wives are property",
    "wives are the property of their husbands",
    "women are livestock",
    "women are chattel",
    "wives are possessions",
    "black people are livestock",
    "women belong to men",
    "wives belong to their husbands",
    "women are just breeding stock",
)

CLEAN = (
    # no named group, or another object
    "deport them all, the wasps from my garden",
    "kick them all out, the squatters",
    "round them all up, the kids are late for the bus",
    "lock them all up, the bikes i mean",
    "immigrants, round them all up for the photo",
    "women, lock them all up",
    "the kids, send them all home",
    "send every refugee a warm coat",
    "send every refugee a welcome pack",
    "send the migrants back their documents",
    "send the refugees back with aid",
    "send every last invite by friday",
    "lock up the mosque after prayers",
    # kind and neutral mentions
    "every last muslim in town came to help",
    "refugees everywhere, welcome them all",
    "the muslims in my street, i love them all",
    "the farm sells breeding stock",
    "horses are breeding stock",
    "cows are livestock",
    "these books belong to my wife",
    "women belong in every boardroom",
    "women belong to men's clubs too",
    "my wife and i share all our possessions",
    "our wives are amazing",
    # counter-speech, questions, reports, denials
    "wives are partners, not property",
    "women are not livestock",
    "the idea that wives are property is vile",
    "people who say deport them all are wrong",
    "he said we should send every refugee back on the next boat",
    "is it true they want to lock them all up, every last muslim?",
    "nobody should send refugees back on a boat",
    "do women belong to men?",
    "he thinks women belong to men",
    "no, women don't belong to men",
    "the government deported 200 migrants",
    "in the past wives were treated as property",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck51_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck51_apposition_is_a_group(scorer: Scorer) -> None:
    assert scorer.score("lock them all up, every last muslim").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck51_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
