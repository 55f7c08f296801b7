"""Shapes of the forum25 round (targeting_forum25, forum25_words), at default settings: a
commenter's wits measured by degree ("you can't be that stupid", "you have to practice to
be that dumb") and a person named after an exclamation's name-call ("what a moron this
governor is", "What a fool that man was."); with the look-alikes that stay clean (the same
words at no one, the writer or a thing, asked, reported, quoted, a kind word after).
English only: the shapes are read on English forum comments."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a commenter's wits measured by degree
    "you can't be that stupid",
    "You CAN'T really be that dumb.",
    "you cannot possibly be this ignorant",
    "you'd have to be that stupid to believe him",
    "you have to practice to be that stupid",
    "you've got to be this clueless to post that",
    "Wow, you can't be that gullible.",
    "Surely you can't be that obtuse.",
    "u cant be this dumb",
    "you couldn't be more stupid if you tried",
    # a person named after an exclamation's name-call
    "what a moron this governor is",
    "What a fool that man was.",
    "what an idiot this guy is",
    "what a tool this minister is",
    "what an ignorant fool this poster is",
    "Honestly, what a clown that senator is.",
    "what a loser this guy is lol",
)

CLEAN = (
    # no reader, the writer's, a thing's
    "i can't be that stupid",
    "the law can't be that stupid",
    "it can't be that hard",
    "you can't be too careful",
    "you don't have to be that smart to see it",
    # reported, asked, quoted
    "he said you can't be that stupid, and he was joking",
    "you can't be that stupid?",
    '"you can\'t be that stupid" is what my boss yelled',
    # the exclamation at the writer, a thing, or kind
    "what a fool i am",
    "what an idiot i was yesterday",
    "what a joke this bill is",
    "what a clown show this hearing is",
    "what a genius this guy is",
    "what a fool he was to trust her",
    "is what a moron this guy is really the headline?",
    'she said "what an idiot this guy is" and laughed',
    "what a clown this guy is, love him",
    "what a moron this governor is not",
    # a pronoun is left to the older reading (test_scorer_precision's "what a loser he is")
    "what an idiot he is",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_forum25_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_forum25_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
