"""Shapes of the hatecheck54 round (targeting_hatecheck54, hatecheck54_words), at default
settings: a named group told by a modal that it should all vanish or die, and the wish
that all of a group were gone, are aimed at the group; the same words said of things, of
hateful groups, reported, denied, asked or wished kindly stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a group, a modal and "all", a verb of vanishing
    "muslims should all rot",
    "jews must all disappear",
    "gay people should all vanish",
    "refugees need to all go",
    "disabled people should all perish",
    "immigrants must all go back",
    "the jews can all rot",
    "honestly women should all leave",
    # the wish that all of a group were gone
    "it would be great if all muslims died",
    "the world would be better if all trans people vanished",
    "it would be so nice if every muslim left",
)

CLEAN = (
    # things, the writer's "we", hateful groups
    "these leftovers should all go",
    "the old files must all disappear",
    "we should all go to the parade",
    "nazis should all rot in jail",
    "racists should all rot",
    # not closing the clause, denied, reported, asked, quoted
    "immigrants must all go through customs",
    "women should not all leave",
    "saying muslims should all rot is disgusting",
    "he said refugees should all leave, i reported him",
    "why do people say jews should all vanish?",
    '"muslims should all rot" is what he wrote',
    # a kind or plain wish, a denied wish, ordinary "if all"
    "it would be great if all the snow melted",
    "it would be great if all refugees felt welcome",
    "it would not be great if all muslims died",
    "if all goes well we win",
    "if every player leaves we lose",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck54_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck54_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_hatecheck54_group_gone_is_aimed_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("muslims should all rot").target is TargetKind.GROUP


def test_hatecheck54_wish_is_aimed_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("it would be great if all muslims died").target is TargetKind.GROUP
