"""Shapes of the forum29 round (targeting_forum29, forum29_words), at default settings:
"trolls" and "tools" said of the people of a thread, a slur after "must be", "have no
brain cells", and forum17's "anyone who ... is <verdict>" with a denial, the writer or
a second intensifier or verdict in it are aimed; things, denial, questions, reported
speech, the writer's own self, praise and counter-speech against bigotry stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # trolls and tools said of the people of a thread
    "the mods are trolls",
    "the downvoters are all trolls lol",
    "the mods here are tools",
    "the admins on this sub are total tools",
    "people who report my comments are trolls",
    # a slur after "must be"; no brain cells
    "op must be retarded",
    "the mods have to be retarded",
    "the mods have no brain cells",
    "op has zero brain cells",
    # anyone who ... with a denial, the writer, a doubled intensifier or two verdicts
    "anyone who does not agree with him is stupid",
    "anyone who hates me is a loser",
    "anyone who voted for him is evil and immoral",
    "anyone who voted for him is evil",
    "whoever made this is a complete and utter moron",
    "those who reported my post are losers lol",
)

CLEAN = (
    # things, not people
    "these tools are great",
    "power tools are expensive",
    "the admins are tools of the company",
    "this place is full of tools",
    "op has no brain fog anymore",
    # denial, questions, reported speech
    "the mods are not trolls",
    "the mods aren't tools",
    "are the mods trolls?",
    "my brother said the mods are trolls",
    "anyone who is not stupid knows this",
    "anyone who hates me is not a loser",
    # a clause that goes on, praise, the writer's own self
    "anyone who voted for him is evil and should be ashamed",
    "anyone who does not agree is welcome to comment",
    "whoever made this is a complete and utter genius",
    "i'm an utter moron sometimes",
    "i must be retarded",
    # counter-speech against bigotry stays counter-speech
    "anyone who hates muslims is a loser",
    "anyone who thinks women are inferior is a complete and utter idiot",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_forum29_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_forum29_group_and_person(scorer: Scorer) -> None:
    assert scorer.score("the mods are trolls").target is TargetKind.GROUP
    assert scorer.score("op must be retarded").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_forum29_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
