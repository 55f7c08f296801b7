"""Shapes of the forum30 round (targeting_forum30, forum30_words), at default settings:
a put-down of the people of a thread with a hedge, an adverb or a modal before its verb,
"whoever posted this", people at large with the place after them, "the average twitter
user", a place's possessive, and the round's "lacks common sense" lines are aimed; the
writer, things, pets, denials, questions, reported speech, quotes, virtues and friendly
swearing stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a hedge, an adverb or a modal between the poster and the verb
    "op clearly has no brain cells",
    "op obviously has no brain",
    "the mods literally have no life",
    "op really must have no brain cells",
    "honestly op clearly has no brain lol",
    "op clearly is an idiot",
    "op clearly must be an idiot",
    "the author clearly has no clue",
    # the round's lexicon lines
    "op clearly lacks common sense",
    "the mods have no common sense",
    "the mods clearly lack a brain",
    "op clearly has no reading comprehension",
    "op honestly lacks basic reading comprehension",
    "the mods clearly lack self awareness",
    "op clearly is missing a few brain cells",
    # subjects forum28 does not name
    "whoever posted this clearly has no brain cells",
    "whoever posted this is an idiot",
    "people in this sub clearly have no brain cells",
    "everyone here clearly has no brain cells",
    "the average twitter user is an idiot",
    "your average redditor clearly has no brain cells",
    "this sub's mods clearly have no life",
    "reddit's users are idiots",
)

CLEAN = (
    # the writer, a pet, a thing, people with no place named
    "i clearly have no brain cells today lol",
    "i honestly have no life",
    "my cat clearly has no brain cells lol",
    "this game clearly lacks common sense",
    "the ai clearly has no common sense",
    "i have no reading comprehension lol",
    "my son lacks reading comprehension skills",
    "the test lacks reading comprehension sections",
    "the bot clearly lacks self awareness",
    "my car is missing a few parts",
    "people clearly have no common sense these days",
    "my mods clearly have no life",
    "this sub has no clue what's coming in the next patch",
    "the mods have no clue what's coming in the next patch",
    # virtues and other words
    "op clearly has a point",
    "the author clearly has a life outside writing",
    "op clearly has no time",
    "the average user here is a student",
    "whoever wrote this obviously is a genius",
    # denial, questions, conditions, reported speech, quotes
    "op clearly isn't an idiot",
    "the mods obviously are not clowns",
    "op must not have any brain cells missing, he's smart",
    "op clearly has no brain cells?",
    "does op clearly have no brain cells?",
    "if op clearly has no brain cells then why post",
    "he said op clearly has no brain cells",
    '"op clearly has no brain cells" is what they said',
    # friendly swearing about op
    "op is clearly fucking right",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_forum30_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_forum30_group_and_person(scorer: Scorer) -> None:
    assert scorer.score("op clearly has no brain cells").target is TargetKind.THIRD_PERSON
    assert scorer.score("the mods literally have no life").target is TargetKind.GROUP
    assert scorer.score("the average twitter user is an idiot").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_forum30_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
