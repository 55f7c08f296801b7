"""Shapes of the chat10 round (targeting_chat10, chat10_words), at default settings: a
sexual act proposed to or ordered of the reader ("will you make love to me", "can i be
your lover", "i want you to lick it", "i wanna bang you", "get naked for me", "let me
into your pants") or the reader's sex life asked about ("hows your sex life") is aimed
at the reader; the same words about others, in films, idioms and chores, negations,
quotes and reports stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the act ordered: it opens its sentence, maybe over openers
    "make love to me right now",
    "please make sweet love to me",
    "lick it for me",
    "just lick it",
    "come here and lick this",
    "get naked",
    "ok now get naked on cam",
    "be my lover tonight",
    # the act proposed: a want, a modal or "let" with the writer or the reader before it
    "would you make love with me",
    "let's make love tonight",
    "i need you to lick it now",
    "can we bang tonight? i wanna bang you",
    "lemme bang u",
    "i'd love to be your lover",
    "can u get naked for me",
    "i wanna get into ur pants",
    "you gonna let me get in your pants?",
    # the reader's sex life asked about
    "hows ur sex life",
    "so what's your sex life like",
    "is your sex life any good?",
)

CLEAN = (
    # the same words about others, in films, idioms and chores
    "make love not war, man",
    "in the film they make love in the rain",
    "my neighbours make love way too loud",
    "he's a cat lover",
    "she was the lover of a king",
    "the puppy tried to lick it",
    "lick it off your fingers",
    "my dog will lick it up",
    "lick your wounds and go again",
    "the big bang happened long ago",
    "bang your head against the wall",
    "the door went bang",
    "visible to the naked eye",
    "ants in your pants",
    "i spilled juice in my pants",
    "the sex life of octopuses is fascinating",
    "my sex life is boring",
    # negations, quotes and reports
    "don't lick it, it's dirty",
    "i would never make love to a bot",
    "i don't want to be your lover",
    "i don't care about your sex life",
    'he typed "lick it" and got banned',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_chat10_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_chat10_aims_at_the_reader(scorer: Scorer) -> None:
    assert scorer.score("will you make love to me").target is TargetKind.SECOND_PERSON
    assert scorer.score("hows your sex life").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_chat10_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
