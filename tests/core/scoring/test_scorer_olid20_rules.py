"""Shapes of the olid20 round (targeting_olid20, olid20_words, its lexicon lines), at
default settings: a punishment wished on a person or a group through a modal, a jail
foretold of the reader or hoped for anyone, a person called a nobody; with the
look-alikes that stay clean: news of an arrest, a question in good faith, a condition, a
report, the same words of a thing or of oneself, nobody as the subject, a flirt's or a
tease's jail, a jail for a feat of play, law and order, a nobody in the past; a demand
to fire a person and the chant "lock her up", left out."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a punishment wished through a modal
    "@USER she must be jailed",
    "the senator needs to be in prison",
    "Rosenstein should be in prison",
    "the mayor should be thrown in jail",
    "i think Clapper should be in prison",
    "@USER James Clapper belongs in jail",
    "they all deserve to be in jail",
    "this guy should be thrown in jail",
    "you ought to be locked up",
    "she belongs behind bars",
    # a jail foretold or hoped for
    "@USER you're gonna go to jail",
    "you will go to prison for this crime",
    "hoping he goes to prison",
    "Clapper should go to jail",
    # a nobody
    "@USER you're just a nobody",
    "that guy is a nobody",
)

CLEAN = (
    # news, reports, questions
    "the governor was arrested this morning",
    "officials say he could go to prison",
    "should they be locked up?",
    "will he go to jail?",
    "they arrested him at the border",
    # a condition
    "if she knew about it she should be in jail",
    # of a thing, of oneself, of nobody
    "the old files should be locked up",
    "the cabinets should be locked up at night",
    "i belong in jail for eating that much",
    "i'm going to prison for this haircut",
    "no one should go to prison for a joke",
    "lock it up before you leave",
    # a tease or a flirt
    "u should be in jail for this lmao",
    "you should be in jail for being this pretty",
    "you're going to prison lol",
    "she belongs in jail for that crossover",
    # law and order
    "murderers should be in prison",
    # praise
    "she should be in the hall of fame",
    "he should be captain",
    # a nobody once
    "i'm a nobody",
    "he was a nobody two years ago",
    "nobody should be in prison for that",
    "he wants to kill all the immigrants and he should be arrested",
    # criticism or a chant, left out
    "that manager should be fired for this mess",
    "lock her up",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid20_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_olid20_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
