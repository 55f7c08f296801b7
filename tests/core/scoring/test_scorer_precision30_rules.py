"""Shapes of the precision30 round (targeting_precision30, precision30_words), at default
settings: counter-speech about harm done to an identity group ("people are so cruel to
muslims online", "his violent rhetoric against immigrants", "the way they treat refugees
is disgusting") stays clean; the group as the doer, a call or a wish to harm the group,
and the group put down outright stay aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the group is the doer
    "muslims are violent to women",
    "immigrants are so cruel to the locals",
    "the way muslims treat women is disgusting",
    "gays are disgusting to me",
    # a call or a wish before the put-down
    "be violent to immigrants",
    "we should be cruel to muslims",
    "i hope people stay cruel to refugees",
    "let's be vile to the gays",
    # the group put down outright
    "muslims are violent",
    "gay people are disgusting",
    "disgusting muslims",
)

CLEAN = (
    # a put-down, maybe a harm noun, a preposition and the group
    "people are so cruel to muslims online",
    "the guards were violent towards the refugees",
    "his violent rhetoric against immigrants scares me",
    "the violent attacks on asians need to stop",
    "their stupid hatred of women is embarrassing",
    "stop being violent to immigrants",
    # the act done to the group, judged after it
    "the way they treat refugees is disgusting",
    "the treatment of refugees at the border is disgusting",
    "being cruel to disabled people is pathetic",
    "what they do to muslims there is disgusting",
    "bullying gay kids is pathetic",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_precision30_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_precision30_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_precision30_note_names_the_shape(scorer: Scorer) -> None:
    verdict = scorer.score("people are so cruel to muslims online")
    assert "counter-speech" in verdict.explanation
