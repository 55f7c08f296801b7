"""Shapes of the hatecheck87 round (targeting_hatecheck87, hatecheck87_words), at default
settings: a named identity group denied a presence with plain place words ("women
shouldnt be here", "muslims shouldnt be in our schools", "immigrants should stay out")
and the writer's distrust of a group's member as a rule ("i wouldnt trust a muslim") are
aimed at the group; the same words about no group, one person, a time or a reason,
reports, counter-speech, questions and welcomes stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # no match's order, or one after a named place or in a later sentence of its own
    "the germans shouldnt be here",
    "immigrants shouldnt be here, push them back",
    "muslims should stay out of our town, flank them",
    # a negation before "be here"
    "asians should not be here",
    "tbh lesbians shouldnt even be here",
    "these refugees shouldnt be here anymore",
    # a negation before "be in our/this <place>"
    "jews shouldnt be in our parliament",
    "immigrants should never be in our hospitals",
    "arabs shouldnt be in this city",
    "black people shouldnt be in our community at all",
    # an order before "stay out"
    "arabs must stay out",
    "gay people should really stay out",
    "refugees need to stay out of our streets",
    # distrust as a rule
    "i honestly wouldnt trust a refugee",
    "would not trust an arab",
    "i wouldnt trust lesbians with my kids",
)

CLEAN = (
    # a match's order opening the next clause: the group is a side
    "the germans shouldnt be here, flank them",
    "the russians shouldnt be here, lets push b",
    "the french should stay out. rotate",
    # no group
    "visitors shouldnt be here past midnight",
    "the players should not be here yet",
    "guests should stay out",
    "my parents should stay out of my business",
    "you shouldnt be here lol",
    # one person or a thing
    "she shouldnt be here, she needs rest",
    "i wouldnt trust a word he says",
    "i wouldnt trust a used car salesman",
    # a time or a reason going on after the place
    "women shouldnt be here alone at night, its not safe",
    "immigrants shouldnt be in our schools without translators, fund them",
    # reports, counter-speech, quotes, questions
    "nobody said women shouldnt be here",
    "its wrong to say gay people should stay out",
    '"immigrants should stay out" is what racists say',
    "if immigrants should stay out, then who picks the crops?",
    "arabs shouldnt be here?",
    # welcomes and plain mentions
    "women should be in our schools",
    "muslims are in our schools",
    "immigrants work in our hospitals",
    "i would trust an arab doctor",
    # friendly swearing
    "shit you should be here, the show is insane",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck87_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck87_aims(scorer: Scorer) -> None:
    assert scorer.score("asians should not be here").target is TargetKind.GROUP
    assert scorer.score("arabs must stay out").target is TargetKind.GROUP
    assert scorer.score("i honestly wouldnt trust a refugee").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck87_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
