"""Shapes of the forum34 round (targeting_forum34, forum34_words), at default settings:
put-downs of a pointed third person in forum comments ("the author is a clueless hack",
"this pos doesn't know what he's doing", "that lying bitch is at it again", "the author
is too ignorant to check facts", "damn is she ugly") are hostile; the same words about
things, self-directed, negated, asked or reported stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # two judgements stacked on a pointed person after a present copula
    "the author is a clueless hack",
    "this writer is a hack and a fraud",
    "he's a clueless hack",
    "i think the author is a clueless hack",
    "that reporter is a shameless hack",
    # "pos" with a person's act
    "this pos doesn't know what he's doing",
    "that pos is lying again",
    # "lying" before a name-call after a determiner
    "that lying bitch is at it again",
    "that lying weasel is back",
    # a failing word between "too" and "to"
    "the author is too ignorant to check facts",
    # an exclamation over a pronoun and a copula
    "damn is she ugly",
    "damn she is ugly",
    "boy is he ugly",
)

CLEAN = (
    # things
    "this article is a hack job",
    "the author is a clueless hack job",
    "that is a neat hack",
    "the plot is too dense to follow",
    "the machine is too dumb to know",
    "pos system down again",
    "the pos is down again",
    "the pos needs a reboot",
    "the pos didn't print the receipt",
    "the ugly sweater contest is on friday",
    "damn is she tall",
    # one mild call alone
    "he is a hack",
    # self-directed
    "i am a clueless hack",
    "i'm such a clueless hack lol",
    # negated, asked, reported
    "the author is not a clueless hack",
    "is the author a clueless hack?",
    "damn is she ugly?",
    "he said the author is a clueless hack",
    "nobody thinks the writer is a hack and a fraud",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_forum34_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_forum34_put_down_is_a_third_person(scorer: Scorer) -> None:
    assert scorer.score("this writer is a hack and a fraud").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_forum34_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
