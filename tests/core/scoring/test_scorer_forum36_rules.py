"""Shapes of the forum36 round (targeting_forum36, forum36_words), at default settings:
a named group demonised, cast as evil, satanic or demonic ("muslims are demons", "the
left is pure evil", "jews are the children of satan", "those satanic jews") is aimed at
the group; evil said of acts, ideas and things, the devil himself,
history told, negations, questions, reports, counter-speech and titles stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Category, TargetKind

HOSTILE = (
    # the group as the subject of a present copula, a word of evil its predicate
    "muslims are demons",
    "the left is pure evil",
    "jews are satanic",
    "the dems are demonic",
    "immigrants are wicked",
    "the democrat party is satanic",
    "those people are evil incarnate",
    "liberals are all demons",
    "gay people are demons",
    # the devil's kin or servants
    "jews are the children of satan",
    "jews are the children of the devil",
    "gays are the spawn of satan",
    "democrats are satan's minions",
    "muslims are the devil's army",
    # a word of evil right before the group
    "those satanic jews again",
    "evil muslims everywhere",
    "evil democrats stole the vote",
    "the devil worshipping democrats",
)

CLEAN = (
    # evil said of acts, ideas and things
    "racism is evil",
    "that boss fight is pure evil",
    "this cake is evil",
    "the left lane is evil in traffic",
    "antisemitism is satanic",
    # the devil himself, religion, inner demons
    "satan tempts everyone",
    "jesus cast out the demons",
    "his inner demons are winning",
    "she fought her demons for years",
    # history told, negations, questions, reports, counter-speech
    "the nazis were evil",
    "muslims are not demons",
    "are liberals evil? no",
    "why do people say muslims are demons",
    "he says the left is evil",
    "stop saying jews are satanic",
    # proverbs, titles, teams, pets
    "good men pursue freedom, evil men pursue power",
    "evil geniuses won the tournament",
    "the new jersey devils are on fire",
    "the red devils won the derby",
    "those poor devils never stood a chance",
    "the satanic temple filed a lawsuit",
    "my cat is a little devil",
    "that white devil cocktail was strong",
    # a bare word of evil inside a clause, the wing so named
    "no sympathy to evil men",
    "the demonic left, in their panic, lie again",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_forum36_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_forum36_identity_group_is_an_identity_attack(scorer: Scorer) -> None:
    verdict = scorer.score("muslims are demons")
    assert verdict.target is TargetKind.GROUP
    assert Category.IDENTITY_ATTACK in verdict.categories


def test_forum36_political_group_is_a_group(scorer: Scorer) -> None:
    assert scorer.score("the left is pure evil").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_forum36_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
