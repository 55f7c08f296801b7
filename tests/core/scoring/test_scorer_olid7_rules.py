"""The olid7 round's rules (issue 8, tenth session: targeting_olid7.py) as their
specification: each shape with fresh lines (written after the rule, never tuned on) and
the clean near-misses beside it (a thing, a question answered "no", a denial, a skill, a
game, the writer's own). The rules read English only; Italian lines check that nothing of
theirs leaks into Italian chat."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

_THIRD = TargetKind.THIRD_PERSON
_READER = TargetKind.SECOND_PERSON
_GROUP = TargetKind.GROUP

# fmt: off
HOSTILE: tuple[tuple[str, TargetKind], ...] = (
    # a bad kind of person: a judging word before a person noun
    ("@USER that senator is a nasty old man", _THIRD),
    ("she's a truly despicable woman", _THIRD),
    ("you're a cruel little person", _READER),
    ("@USER what a repulsive human", _THIRD),
    ("her father is an awful man", _THIRD),
    # the round's new judging words, in that shape or said outright
    ("@USER he is a heartless man", _THIRD),
    ("you are so petty", _READER),
    ("she is a vicious woman", _THIRD),
    ("@USER they are cowardly people", _THIRD),
    ("he is a wicked little man", _THIRD),
    # a trait said of "they", a pointed person, at its utmost, to whom, the worst
    ("@USER they are so dishonest", _THIRD),
    # Without the old phrase term "are dishonest", which read "they are dishonest" as a
    # third person at a weight under the threshold and hid the word from these rules.
    ("they are dishonest people", _THIRD),
    ("@USER they are dishonest", _THIRD),
    ("his wife is deranged", _THIRD),
    ("they are as dumb as they come", _THIRD),
    ("he is a traitor to this country", _THIRD),
    ("@USER she is the worst mayor ever", _THIRD),
    # a political group said to ruin the country
    ("@USER republicans are wrecking this country", _GROUP),
    ("the democrats have destroyed california", _GROUP),
    ("liberals are ruining our schools", _GROUP),
    ("@USER antifa is destroying our cities", _GROUP),
    ("conservatives will ruin everything", _GROUP),
    # a denial of wits
    ("@USER you're not the brightest are you", _READER),
    ("that reporter is not very smart", _THIRD),
    ("they are not too bright", _THIRD),
    ("@USER he is not exactly smart", _THIRD),
    ("you are not the sharpest", _READER),
    # asked back and answered yes, or not answered at all
    ("they are so dishonest? yes obviously", _THIRD),
    ("you are so petty? no wonder nobody likes you", _READER),
)

CLEAN: tuple[str, ...] = (
    # a good kind of person; a thing; a judging word that goes on
    "@USER that senator is a nice old man", "it was a miserable day",
    "the boring part of the game is the grind", "he is a wicked good player",
    "this is a petty crime", "@USER my bitter coffee", "@USER a vicious storm",
    "a heartless decision by the board", "the villain is an evil man in the movie",
    "my grandpa is a sad old man since grandma died",
    # a trait asked back and answered "no"; a skill; a time; a job
    "they are so dishonest? no way, they are great",
    "her boss is spineless? nope, she stood up to them",
    "they are shameless? no, they apologized", "@USER you are so petty? nah, just careful",
    "he is the worst at darts lol", "he is the worst day of my life",
    "he is a cancer researcher", "they are too young to vote",
    "the players are as good as they come",
    # a game, a storm, no political group, part of a group, denied
    "the lakers are destroying the competition", "the storm is destroying the coast",
    "some democrats are ruining it", "liberals are not ruining anything",
    "conservatives are destroying the liberals in the polls",
    # the writer's own wits, a thing's brightness, a question
    "not very bright lights in here", "the screen is not very bright",
    "is he not very smart?", "i am not the brightest but i try",
    "it is not very smart to park there", "that was not very smart of me",
    "he is not very smart? no, he is a genius",
    # Italian chat the English words must not reach
    "@USER che giornata noiosa", "@USER è un uomo buono", "@USER i liberali votano domani",
    "@USER non è molto luminoso",
)
# fmt: on


@pytest.mark.parametrize(("text", "target"), HOSTILE)
def test_hostile_shapes(scorer: Scorer, text: str, target: TargetKind) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is target, verdict.explanation


@pytest.mark.parametrize("text", CLEAN)
def test_clean_near_misses(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


def test_new_words_count_only_in_their_shapes(scorer: Scorer) -> None:
    """ "miserable", "boring", "bitter" are moods and things as often as people: alone,
    or beside a name, they stay clean ("Bitter Barack" reads as no name-call)."""
    for text in ("@USER Bitter Barack", "@USER so boring", "@USER miserable", "you are miserable"):
        assert not scorer.score(text).hostile, text
