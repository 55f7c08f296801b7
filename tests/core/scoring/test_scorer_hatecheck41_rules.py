"""Shapes of the hatecheck41 round (targeting_hatecheck41, hatecheck41_words), at default
settings: hate about an identity group whose subject carries the writer's relative clause
("every muslim i meet is scum", "the women i know are all stupid", "the immigrants that
we took in are vermin") is aimed at the group; the look-alikes stay clean (praise, the
writer's own insult, a denied claim, a denial before the group, a report, a term that
takes an object), and a group that is no identity group keeps the older reading."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

AIMED_AT_GROUP = (
    # the writer's clause, a copula, the insult
    "every muslim i meet is scum",
    "the women i know are all stupid",
    "muslims i have met are all scum",
    "the black people i work with are lazy",
    "every trans person i have met is a freak",
    "all the women i've dated were whores",
    "the gays i see in town are disgusting freaks",
    # "that", "who" or "whom" opening the clause
    "the immigrants that i know are filth",
    "women who i have dated are all crazy bitches",
    "every muslim that i met was disgusting",
    # "we" as the writer
    "the refugees we let in are parasites",
    # read as a thing or an animal before
    "every immigrant i see is a thief",
    "every jew i know is a snake",
    # a long clause
    "the black guys i went to school with were lazy thugs",
)

CLEAN = (
    # praise
    "every muslim i meet is kind",
    "the women i know are all brilliant",
    "the gay people i know are lovely",
    # the writer's own copula
    "the women i know think i am stupid",
    "every muslim i meet knows i'm an idiot at cricket",
    "immigrants i meet think i'm lazy",
    # denied
    "the muslims i know are not terrorists",
    "every immigrant i have met is no thief",
    "black people i grew up with were never thugs",
    # a denial before the group
    "no muslim i know is a terrorist",
    "not every woman i meet is stupid",
    # reported, or a term that takes an object
    "the women i know hate being called stupid",
    "the muslims i know are sick of being called terrorists",
    "every black person i know is sick of racists",
    "the women i know are tired of bigots",
    # someone else's pronoun in the clause
    "the women i know say he is stupid",
    # quoted
    "saying 'the women i know are stupid' is sexist",
    # calling out prejudice
    "the whites i know are racist",
)


@pytest.mark.parametrize("text", AIMED_AT_GROUP)
def test_hatecheck41_aimed_at_group(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.GROUP, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck41_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_hatecheck41_no_identity_group_keeps_older_reading(scorer: Scorer) -> None:
    """ "the people i know are idiots": no identity group, the round reads nothing."""
    assert scorer.score("the people i know are idiots").target is not TargetKind.GROUP
