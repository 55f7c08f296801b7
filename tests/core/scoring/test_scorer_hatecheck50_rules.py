"""Shapes of the hatecheck50 round (targeting_hatecheck50, hatecheck50_words), at default
settings: plural slurs read as group names ("negroes are animals", "homos are
gross"), a group claim past an adverb ("muslims are secretly taking over europe"),
conspiracy and personhood lines said of a named group ("jews run the banks", "women are
things, not people") stay aimed at the group; the same words of no
named group, framed counter-speech ("the idea that jews run the banks is antisemitic"),
a judged remark ("saying muslims are all the same is ignorant") and verdicts said of
animals ("rats are vermin") stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # slurs and ties as group names
    "negroes are animals",
    "homos are gross",
    "i hate homos",
    "spastics are disgusting",
    # a group claim past an adverb
    "muslims are secretly taking over europe",
    "immigrants are slowly taking over",
    # conspiracy claims of a named group
    "jews run the banks",
    "the jews own hollywood and the government",
    "jews run all the banks",
    # personhood denied as a verdict said whole
    "women are things, not people",
    "women are things",
    "trans women are creatures, not women",
    # the older "property" line left to the older rules
    "women are property of men",
    # the group kept where animals are the name-call
    "jews are rats",
)

CLEAN = (
    # no named group
    "the banks run the economy",
    "they run the government like a business",
    "you run the government now lol",
    "women are creatures of habit",
    "these are things we need",
    "there are things i hate about it",
    "women are things of beauty",
    # counter-speech: framed, judged, denied, quoted
    "the idea that jews run the banks is an antisemitic conspiracy theory",
    "the idea that jews control the media is a lie",
    "saying muslims are all the same is ignorant",
    "calling women hysterical was so sexist",
    "it's wrong to say homos are gross",
    "he posted 'jews run the banks' and got banned",
    "women are not property",
    # neutral mentions and cheers
    "my wife and i are celebrating our anniversary",
    "women are slowly taking over esports and i love it",
    # animals
    "rats are vermin",
    "pigeons are such pests",
    "mosquitoes are a plague this summer",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck50_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck50_slur_plural_is_a_group(scorer: Scorer) -> None:
    assert scorer.score("negroes are animals").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck50_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
