"""Shapes of the hatecheck44 round (targeting_hatecheck44, hatecheck44_words), at default
settings: a right or a basic good denied to a named group ("women dont deserve to vote",
"muslims have no right to be here"), hateprobe3's claims denied in chat's "dont"
("muslims dont deserve to exist"), and the group said to bring nothing but harm
("immigrants bring nothing but crime") are identity attacks; the right granted, no right
at all, a good brought, no group, a denial, a question or another's words stay clean,
and the round's terms give way to an older term of the same length."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # "deserve" denied, a right or a good after it
    "women dont deserve to vote",
    "immigrants don't deserve healthcare",
    "jews do not deserve a country of their own",
    "muslims don't deserve to be here",
    "disabled people dont deserve to have kids",
    "women really dont deserve equal pay",
    "i think immigrants dont deserve healthcare",
    "honestly women dont deserve to vote",
    "jews dont deserve the right to live",
    "muslims dont deserve to be in this country",
    # "deserve no" and the good
    "trans people deserve no rights",
    "immigrants deserve no healthcare at all",
    # hateprobe3's claims denied in chat spelling
    "muslims dont deserve to exist",
    "trans people doesnt deserve to be alive",
    "black ppl dont deserve rights lol",
    # "no right to", "the right to" denied
    "women have no right to vote",
    "muslims have no right to be in this country",
    "lesbians have no right to adopt",
    "women dont have the right to vote",
    "gay people shouldnt have the right to marry",
    # nothing but harm
    "immigrants bring nothing but crime",
    "women are nothing but trouble",
    "jews have brought nothing but misery",
    "disabled people are nothing but a drain",
)

CLEAN = (
    # no named group
    "you dont deserve to be on this team",
    "tourists have no right to vote here",
    "my team brings nothing but trouble",
    "this patch brings nothing but bugs",
    "he only brings drama",
    # the right granted, not a right, a good brought
    "women deserve the vote",
    "women have the right to vote",
    "gays deserve to marry",
    "trans people deserve no less than anyone else",
    "muslims deserve no blame for this",
    "immigrants don't deserve to be deported",
    "women dont deserve the abuse they get online",
    "trans people don't deserve to be bullied",
    "black people have no right to complain about the weather",
    # the clause goes on past the right: not the right itself denied
    "muslims dont deserve to be in prison for this",
    "women dont deserve to be in danger",
    "refugees deserve no healthcare cuts",
    "immigrants bring nothing but good food and hard work",
    "immigrants are nothing but hardworking people",
    # denied, asked, another's words
    "nobody says women dont deserve to vote",
    "nobody thinks gays dont deserve to marry",
    "my uncle said immigrants don't deserve healthcare and i left the room",
    "saying immigrants bring nothing but crime is racist",
    "should women have the right to vote?",
    "immigrants bring nothing but crime? lol no",
    '"women dont deserve to vote" is what he said',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck44_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck44_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_hatecheck44_right_denied_is_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("women dont deserve to vote").target is TargetKind.GROUP


def test_hatecheck44_terms_give_way_to_older_ones(scorer: Scorer) -> None:
    """ "the right to" yields to hateprobe3's "right to live" of the same length."""
    verdict = scorer.score("no immigrant has the right to live")
    assert verdict.hostile
    assert [m.term for m in verdict.matches] == ["right to live"]
