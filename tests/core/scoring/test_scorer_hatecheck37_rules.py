"""Shapes of the hatecheck37 round (targeting_hatecheck37, hatecheck37_words and its
identity_attack.txt lines), at default settings: a member's place or success called
undeserved because of their group ("she only got the job because she's black", "he's only
here because of diversity quotas", "another diversity hire"); with the look-alikes that
stay clean (a reason that is no group, the writer's own luck, a harm told, the claim
denied, judged, asked, reported or said by someone else). English only."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # only there because of the group
    "she only got the job because she's black",
    "they only let her in because she's a woman",
    "he only got promoted because he is gay",
    "the only reason he got hired is because he's mexican",
    "she only got the scholarship cuz shes asian",
    "he's only on the team because he's black lol",
    "she only got the job because she's a black woman",
    "you only got hired because you're a woman",
    "she's only popular because she's trans",
    "she's only the ceo because she's a woman",
    "she got the job only because she's black",
    # only there because of a stand-in for the group
    "he's only here because of diversity quotas",
    "she was only hired to fill a quota",
    "she only got in cause of affirmative action",
    "he only got the job because of his skin color",
    "she's only on tv because of her race",
    "they only hired him to tick a diversity box",
    # a member called a hire for their group
    "another diversity hire",
    "he's a dei hire",
    "fire the diversity hires",
    "our new captain is an affirmative action hire",
)

CLEAN = (
    # no group, or the writer's own
    "she only got the job because she's the boss's daughter",
    "he's only here because of the free pizza",
    "he only got promoted because he's good",
    "i only got the job because i'm bilingual",
    "i only got hired because i'm black",
    "i only got in because of affirmative action",
    "the only reason i got hired is because i'm gay",
    # a harm told, not a favour
    "she only got bullied because she's muslim",
    "he only got stopped by the police because he's black",
    "he only gets hate because he's gay",
    "he only got picked on because he's gay",
    # no success, no "only", or the reason elsewhere
    "the only black person in my class",
    "muslims only eat halal",
    "she got the job because she's qualified",
    "affirmative action helped a lot of students",
    "we need diversity quotas",
    "the quota for tickets is filled",
    "her race is on sunday",
    "his skin is so soft",
    "she only won her race because she trained",
    # denied, judged, asked, reported, said by someone else
    "diversity hires are a myth",
    "i was a diversity hire lol",
    "im literally a diversity hire",
    "she's not a diversity hire, she's brilliant",
    "stop calling people diversity hires",
    "there's no such thing as a diversity hire",
    "the diversity hire narrative is racist",
    "is he a diversity hire?",
    "did she only get the job because she's black?",
    "my uncle says she only got the job because she's black smh",
    "it's wrong to say she only got the job because she's black",
    "stop saying she only got the job because she's black",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck37_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck37_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
