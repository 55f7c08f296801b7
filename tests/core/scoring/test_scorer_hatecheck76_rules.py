"""Shapes of the hatecheck76 round (folded into targeting_hatecheck75), at default
settings: death wished on a named group with "die" in hatecheck75's wish, the group named
in the wish ("i hope the refugees all die", "i want the jews to die", "let the immigrants
die"), named first and meant by a pronoun ("muslims? let them die") or named last after
the pronoun's clause ("let them all die, the immigrants"), is aimed at the group; kind
wishes, things, animals and games, someone else's wish, news and history, denials,
questions, counter-speech, reports and quotes stay clean, and self-harm lines at the
reader keep their own readings."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Category, TargetKind

HOSTILE = (
    # the group named in the wish
    "i hope the refugees all die",
    "i hope the jews die",
    "i really hope the muslims die asap",
    "i want the immigrants to die",
    "i just want trans people to die",
    "honestly i hope the gypsies all die",
    # the order "let"
    "let the immigrants die",
    "just let the refugees all die",
    # the group named first, a pronoun after
    "muslims? let them die",
    "the jews, i want them all to die",
    # the group named last, after the pronoun's clause
    "let them all die, the immigrants",
    "let em die, those refugees",
    "i want them to die, the muslims i mean",
)

CLEAN = (
    # kind wishes
    "i hope the refugees all survive",
    "let the immigrants stay",
    # things, animals and games
    "i hope the zombies all die",
    "let the weeds die",
    "let them die, those old phones",
    "gg i hope the germans all die",
    # someone else's wish, news and history
    "she hopes the refugees die",
    "many refugees die at sea",
    "the guards let the jews die in 1943",
    # denials and questions
    "i dont want the immigrants to die",
    "i hope the refugees dont die",
    "why let the muslims die?",
    "i hope the jews die lol jk",
    # counter-speech, reports and quotes
    "saying 'let the immigrants die' is vile",
    "he said 'i hope the refugees die'",
    # the writer
    "i hope i die before the exam",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck76_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck76_aims_at_the_group(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).target is TargetKind.GROUP, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck76_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_hatecheck76_self_harm_at_the_reader_keeps_its_reading(scorer: Scorer) -> None:
    verdict = scorer.score("i hope you die")
    assert verdict.hostile
    assert verdict.target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck76_death_wished_on_a_group_is_a_threat(scorer: Scorer, text: str) -> None:
    """A group cannot harm itself: the nudge names a threat, never "encouraging self-harm"."""
    categories = scorer.score(text).categories
    assert Category.THREAT in categories, text
    assert Category.SELF_HARM not in categories, text


def test_hatecheck76_self_harm_told_to_the_reader_stays_self_harm(scorer: Scorer) -> None:
    assert scorer.score("go kill yourself").categories[0] is Category.SELF_HARM
