"""Shapes of the hatecheck57 round (targeting_hatecheck57, hatecheck57_words, a read-through
word), at default settings: a stereotype's lead before one group member and a misdeed, a
labelled group's habit of misdeeds, and a swear adjective inside a claim are aimed at the
group; the leads elsewhere, a member who suffered the deed, things, denials, quotes and
reported speech stay clean, and a slur the writer's own group calls itself is the
writer's own word."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a stereotype's lead, one member, a misdeed
    "of course the immigrant stole it",
    "lol of course the gay guy cheated",
    "figures the black guy was the thief",
    "figures the woman lied",
    "naturally the muslim blew it up",
    "naturally the woman crashed the car",
    "just like a woman to crash the car",
    "leave it to a muslim to blow something up",
    "of course the trans woman lied about it",
    # a labelled group's habit of misdeeds
    "bloody immigrants, always fucking things up",
    "muslims, always plotting something",
    "fucking gays, always whining",
    # a swear adjective inside a claim
    "disabled people are a shitty burden",
    "muslims are a crappy plague",
)

CLEAN = (
    # the leads elsewhere
    "of course i'll come",
    "classic rock is the best",
    "figures, the bus is late",
    "naturally the woman won",
    "naturally, the muslim community helped",
    # the member suffered it, things, people no one protects
    "of course the refugee got robbed",
    "of course the black guy was the victim",
    "of course the trans woman was attacked",
    "of course the cat stole it",
    "of course the landlord lied",
    "bloody immigrants, always fucking brilliant",
    "my friends, always stealing my fries",
    # denials, quotes, reported speech
    "of course the immigrant didn't steal it",
    "people who say 'of course the immigrant stole it' are racist",
    "he said of course the muslim did it",
    "did the immigrant steal it? of course not",
    # swear adjectives elsewhere
    "i'm a shitty cook",
    "this is a shitty burden to carry",
    # a slur the writer's own group calls itself
    "as a woman, us bitches run this",
    "as a woman, we bitches stick together",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck57_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck57_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_hatecheck57_stereotype_is_aimed_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("of course the immigrant stole it").target is TargetKind.GROUP


def test_hatecheck57_own_slur_is_the_writers(scorer: Scorer) -> None:
    assert scorer.score("as a woman, us bitches run this").target is TargetKind.SELF


def test_hatecheck57_others_still_called_the_slur(scorer: Scorer) -> None:
    assert scorer.score("as a man, women are bitches").hostile
