"""Shapes of the hatecheck55 round (targeting_hatecheck55, hatecheck55_words), at default
settings: a group sent off or told to die under a quantifier or as a slur, driven out and
named after the call, hunted as a plan, or made to wish it had never been born, is aimed
at the group; the same words said of things, hateful groups, reported, denied, asked or
quoted stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a quantified group or a slur, a modal, a leaving verb closing or a death wish
    "every immigrant should leave",
    "each and every muslim needs to go",
    "every single jew must go",
    "every one of the refugees has to go",
    "every black person should go back",
    "all refugees must go",
    "every gay should just go",
    "fags should all die",
    "fags need to go",
    "trannies must go",
    "every one of them should leave, the immigrants",
    # driven out, the group named after the call or before it
    "wipe them all out, the refugees",
    "get them out of here, the muslims",
    "the jews, throw them all out",
    "just drive them out, those immigrants",
    # menace as a plan
    "we are coming for the gays",
    "we're coming for every muslim in this town",
    "we will find the trans people",
    "we know where the jews live",
    "watch your backs, immigrants",
    "black people better watch out",
    # made to suffer
    "make the gays wish they were never born",
    "let's make the jews pay",
    "make the disabled pay for it",
)

CLEAN = (
    # things, hosts, hateful groups
    "wipe them all out, the zombies",
    "get them out of the oven, the cookies",
    "we are coming for the title",
    "we will find the keys",
    "we know where the party is",
    "watch your backs, the floor is wet",
    "every guest should leave by 10",
    "every student must go to the hall",
    "racists need to go",
    "make the landlord pay",
    "make the muslims feel welcome",
    # the verb goes on, a kind call
    "every refugee must go through registration",
    "every woman needs to get out and vote",
    "i know where the gays hang out, it's a great bar",
    "we will find the muslims in the survey data",
    # counter-speech, reported speech, questions, quotes, denials
    "saying 'every immigrant should leave' is hateful",
    "the mob shouted that muslims should leave",
    "protesters chanted that every immigrant should go",
    "why do people say every jew must go?",
    '"every muslim must go" is what they chant',
    "no immigrant should have to leave",
    "i don't think every immigrant should leave",
    "he said to wipe them all out, the jews",
    # ordinary leaving, cigarettes
    "i need to go",
    "we should all leave early",
    "my fags are all gone, need to go to the shop",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck55_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck55_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_hatecheck55_quantified_exclusion_is_aimed_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("every immigrant should leave").target is TargetKind.GROUP


def test_hatecheck55_menace_is_aimed_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("we are coming for the gays").target is TargetKind.GROUP
