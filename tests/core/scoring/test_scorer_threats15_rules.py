"""Shapes of the threats15 round (targeting_threats15, threats15_words), at default
settings: relief or luck that the reader is not near the writer, no blow named, the
message closing on the place ("its a good thing ur not in front of me", "you're lucky
you're not here", "glad ur not near me or else", "per fortuna che non sei qui"), and the
writer's reach held back by the screen ("ur lucky i cant reach thru the screen"), are
aimed at the reader; relief as relief (the message going on with its reason), places not
the writer's, the writer's own gladness, a third party, a friendly reach, game talk,
reports, questions and quotes stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # relief or luck that the reader is apart, closing the message
    "its a good thing ur not in front of me",
    "you're lucky you're not here",
    "glad ur not near me or else",
    "good thing u aint near me rn",
    "thank god you're not next to me",
    "ur so lucky ur not in the same room as me",
    "be glad ur not here",
    "you should be thankful you're not around me",
    "lucky for u ur not in front of me",
    "luckily for you you're not here",
    "it's a good thing that ur not close to me",
    "good thing for you that you're not in front of me right now",
    "count yourself lucky ur not here irl",
    "i'm glad ur not near me or else",
    # the screen in the way
    "ur lucky i cant reach thru the screen",
    "you're lucky i can't punch through this screen",
    "lucky for you i cant reach through my phone",
    # Italian
    "per fortuna che non sei qui",
    "meno male che non sei davanti a me",
    "per fortuna che non siete nella stessa stanza",
    "sei fortunato che non sei vicino a me",
)

CLEAN = (
    # relief as relief: the message goes on with its reason
    "good thing ur not here, its raining",
    "lucky you're not here, the party is boring",
    "glad ur not near me, i have a cold",
    "glad ur not near me or else i'd eat all your fries",
    "good thing you're not here or you'd be bored",
    "you're lucky you're not here in the rain",
    # places not the writer's
    "you're lucky you're not in school today",
    "good thing you're not near the fire",
    "ur lucky ur not in my lane",
    "good thing ur not in the same boat",
    # the writer's own gladness, a bare "glad", a third party, others' words
    "i'm glad you're not here",
    "we're lucky you're not here",
    "glad you're not here",
    "good thing he's not near me",
    "i know that you're not here",
    "the thing you're not getting is simple",
    # the reach at a thing or friendly, the writer not held back
    "ur lucky i cant reach thru the screen to hug you",
    "you're lucky i can't see through the screen",
    "you're lucky i cant reach the top shelf",
    # games, reports, questions, quotes, jokes
    "good thing ur not in front of me in the game",
    "she said good thing ur not here or else",
    "is it a good thing ur not here?",
    "'good thing ur not in front of me' is a weird thing to say",
    "good thing ur not here jk",
    # Italian
    "per fortuna che non sei qui, fa freddo",
    "meno male che non sei qui, la festa è noiosa",
    "sei fortunato che non piove",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_threats15_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_threats15_aims_at_the_reader(scorer: Scorer) -> None:
    assert scorer.score("you're lucky you're not here").target is TargetKind.SECOND_PERSON
    assert scorer.score("ur lucky i cant reach thru the screen").target is (
        TargetKind.SECOND_PERSON
    )
    assert scorer.score("per fortuna che non sei qui").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_threats15_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


@pytest.mark.parametrize(
    "text",
    [
        "glad you are not human",
        "i think that you are not human",
        "i know that ur not worth anything",
    ],
)
def test_threats15_lines_give_way_to_older_longer_lines(scorer: Scorer, text: str) -> None:
    """The round's reliefs overlap older insults ("are not human"), which keep their hit."""
    verdict = scorer.score(text)
    assert verdict.hostile and verdict.target is TargetKind.SECOND_PERSON, text
