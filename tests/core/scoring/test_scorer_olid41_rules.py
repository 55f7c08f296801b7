"""Shapes of the olid41 round (targeting_olid41, olid41_words), at default settings: a
pointed person ("this", "that", "the", "a" opening its sentence) called by a name-call,
judging words between, as the subject of what only a person does ("that dumb bitch
blocked me", "the moron lied again", "a bitch is complaining to my manager about me") is
said of that person; animals and things doing what they do, literal clowns, reports,
questions, quotes and fondness stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # this / that, judging words between
    "that dumb bitch deleted my comment",
    "this crazy bitch keeps messaging my husband",
    "that old hag is complaining about the parking again",
    "this fat slob lied about the rent",
    "that sneaky weasel voted for it anyway",
    "that greedy cow claims she paid me back",
    "this entitled brat is whining about the ref",
    "ugh that lying hag tweeted about me again",
    # the / a, which the older rules read as a thing's
    "the moron tweeted my address",
    "the stupid idiot is lying again",
    "the old hag is at it again",
    "a bitch is texting my boyfriend",
    "the creep keeps messaging me",
    "that piece of trash lied under oath",
    "the jerk reported my account",
    "wow the hypocrite posted another rant",
)

CLEAN = (
    # a real bot, a resting beast (the final review's lines)
    "the dumb bot posted again",
    "that stupid bot said hello",
    "the old cow is lying",
    # animals and things doing what they do
    "that dumb bitch keeps barking at the cat",
    "the rat blocked the drain again",
    "the old cow is lying in the straw",
    "the bitch is whining at the door",
    "the dog is at it again with my shoes",
    "that piece of trash broke again",
    # literal clowns and story characters
    "the clown said hello to every kid",
    "the old hag in the fairy tale lied to the prince",
    # reports, quotes, questions and counter-speech
    "he called me a dumb bitch and blocked me",
    "she said that moron blocked her, not me",
    "did the idiot block you too?",
    '"the moron lied again" is the title of her podcast',
    "calling her an old hag for complaining is cruel",
    # the writer's own and fondness
    "this dumb bitch said she loves me lol",
    "i'm the idiot who tweeted the wrong date",
    # no name-call
    "the old man is complaining about the heat",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid41_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_olid41_aims_at_the_person(scorer: Scorer) -> None:
    assert scorer.score("that dumb bitch blocked me").target is TargetKind.THIRD_PERSON
    assert scorer.score("the moron lied again").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_olid41_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
