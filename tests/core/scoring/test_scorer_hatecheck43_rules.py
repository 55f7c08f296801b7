"""Shapes of the hatecheck43 round (targeting_hatecheck43, hatecheck43_words), at default
settings: a named group to be confined, rounded up or shipped off ("lock up every trans
person", "ship them all back, these refugees", "every muslim should be sent to a camp",
"we need camps for the muslims") is an identity attack; the same words with no group,
a kind act, a shelter, a denial, a question or another's words stay clean, and older
calls in another's mouth ("nobody should put gays in camps") are cancelled."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a call with the group as its object
    "lock up every trans person",
    "lock all the muslims up",
    "round the muslims up",
    "ship every migrant back home",
    "ship all these immigrants off to rwanda",
    "we need to lock up the gays",
    "lock the refugees in cages",
    # "them", then the group after a pause
    "ship them all back, these refugees",
    # a place after a sending word: the call's object or the due subject
    "send all the gays to an island",
    "we should put black people back in chains",
    "put the disabled in institutions where they belong",
    "every muslim should be sent to a camp",
    "all the gays should be sent to camps",
    # a participle after a modal and "be"
    "all trans people should be confined",
    "the mexicans should all be caged",
    "every single immigrant should be thrown out",
    # camps for a group, demanded
    "we need camps for the muslims",
    "build camps for the jews",
)

CLEAN = (
    # no named group
    "lock up your bikes, thieves around",
    "ship them all back to the warehouse",
    "lock up the house before you leave",
    "criminals should be locked up",
    # another object, a kind act, a shelter
    "ship the jews in israel more aid",
    "the gays should be shipped a gift",
    "every muslim should be sent an invite to the iftar",
    "refugees should be sent to safe countries faster",
    "build more camps for refugees now",
    "we should send the refugees to a camp with doctors",
    "lock all the jews in a room and see",
    # the group elsewhere, or told as it is
    "the camp for trans youth was great",
    "the muslims at camp were lovely",
    "trans people are confined to the margins of society",
    "black people were kept in chains as slaves",
    "lock the door, the mexicans are coming over for bbq",
    # denied, asked, another's words, history
    "jews should not be sent to camps",
    "why would anyone lock up the gays",
    "should refugees be sent to camps while they wait? honestly asking",
    "he said every muslim should be sent to a camp and got banned for it",
    "it's horrifying that people want to lock up every trans person",
    # older calls in another's mouth
    "nobody should put gays in camps",
    "no one should round up the jews ever again",
    "is it true they want to deport every mexican? that's insane",
    "my teacher told us how the nazis put jews in camps",
    # a term read only beside a group is no other hostility beside "fuck me"
    "fuck me the ship is fast",
    "fuck me the neighbours are loud",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck43_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck43_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_hatecheck43_call_is_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("lock up every trans person").target is TargetKind.GROUP
