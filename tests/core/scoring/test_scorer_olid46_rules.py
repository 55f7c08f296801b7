"""Shapes of the olid46 round (targeting_olid46, olid46_words and the round's en/insult.txt
lines), at default settings: contempt for one person voiced as a vice of theirs with a
verdict on it, the vice owned by a possessive ("his ignorance is astounding", "pelosi's
incompetence is astounding") or "of" a name or a pointed person ("the arrogance of pelosi
is disgusting", "the sheer idiocy of this man"); the same nouns of things, of the writer,
in praise, denied, asked, reported or told as a story stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a possessive owner opening its clause, the verdict right after the vice
    "his incompetence is unbelievable",
    "her corruption is just disgusting",
    "omg his stupidity is off the charts",
    "@USER her lunacy knows no limits",
    "schumer's cowardice is embarrassing",
    "nancy pelosi's greed never ends #MAGA",
    # "of" a name or a pointed person, then a verdict
    "the hypocrisy of maxine waters is beyond belief",
    "the insanity of this governor is next level",
    "the ignorance of that woman is appalling",
    "the idiocy of that guy never stops",
    # "the sheer" vice of a person, said whole
    "the sheer cowardice of this president",
    "the utter stupidity of this dude lol",
)

CLEAN = (
    # things, sayings and the writer's own
    "the arrogance of youth is disgusting",
    "the stupidity of war is sickening",
    "the corruption of the save file is unreal",
    "the stupidity of this patch is unreal",
    "my own incompetence is staggering",
    "it's arrogance, pure and simple",
    # praise, no verdict, or the vice of something else
    "his honesty is unreal",
    "her ignorance is bliss",
    "his ignorance of physics is astounding",
    "his racism charges were dropped",
    "the sheer stupidity of this guy's plan",
    # denied, asked, reported, untrue or a story
    "his arrogance is not disgusting",
    "i dont think her arrogance is disgusting",
    "is his ignorance really that astounding?",
    "they said his ignorance is astounding",
    "the corruption of hillary is a myth pushed by fox",
    "his racism was disgusting in that movie",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid46_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_olid46_aims(scorer: Scorer) -> None:
    assert scorer.score("his incompetence is unbelievable").target is TargetKind.THIRD_PERSON
    assert scorer.score("the sheer cowardice of this president").target is TargetKind.THIRD_PERSON
    # an older reading at a group stands
    assert scorer.score("the idiocy of this thread is unreal").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_olid46_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


# A person as the owner, against a place or a company (the older rounds' places, outlets
# and holders, game companies and seats of power): chat's complaints of a body stay clean.
OWNED_BY_A_PERSON = (
    "the corruption of pelosi is disgusting",
    "the greed of this ceo is disgusting",
    "schumer's incompetence is astounding",
)
OWNED_BY_A_BODY = (
    "the corruption of washington is disgusting",
    "the greed of ea is disgusting",
    "the incompetence of ubisoft is astounding",
    "valve's incompetence is unreal",
    "the arrogance of congress is sickening",
)


@pytest.mark.parametrize("text", OWNED_BY_A_PERSON)
def test_olid46_vice_of_a_person(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", OWNED_BY_A_BODY)
def test_olid46_vice_of_a_place_or_company(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
