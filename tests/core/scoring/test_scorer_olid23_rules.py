"""Shapes of the olid23 round (targeting_olid23, olid23_words and its lexicon lines), at
default settings: a person, the reader or a camp said to have lost their mind or to be
out of it; "shame on" a person, a camp or the reader; someone who "should be ashamed";
with the look-alikes that stay clean (the writer, an event or a feat after or before a
lost mind, "shame on me", the proverb, reports, told not to be ashamed)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a lost mind: a name, a pointed person, a pronoun, a camp
    "@USER Schumer has lost his mind",
    "the senator has clearly lost his mind",
    "she has totally lost her marbles",
    "Republicans have officially lost their minds",
    "the Dems have lost their minds",
    "these people have lost their minds",
    # out of it
    "he is out of his mind.",
    "the liberals are out of their minds",
    # shame on a person, a camp or the reader
    "@USER shame on you",
    "shame on her for this",
    "shame on the Republicans",
    "shame on the governor",
    "shame on Schumer",
    "@USER shame on them all",
    "@USER shame on all of you",
    # should be ashamed
    "@USER you should be ashamed of yourself",
    "he ought to be ashamed of himself",
    "the Democrats should be ashamed",
    "these people should be so ashamed of themselves",
    # Italian
    "ormai è fuori di testa",
    "@USER vergognati",
)

CLEAN = (
    # the writer
    "I've lost my mind lol",
    "shame on me for believing it",
    "shame on us, we should have voted",
    "we should be ashamed of ourselves",
    "I should be ashamed of myself lol",
    # an event, a feeling or a feat with the lost mind
    "the crowd lost their minds when he scored",
    "fans lost their minds over the new trailer",
    "she lost her mind laughing at the video",
    "he's out of his mind with worry",
    "grandpa lost his mind to dementia",
    "the keeper played out of his mind tonight",
    "the whole team was playing out of their minds",
    # no person
    "the market has lost its mind",
    "this game has lost its mind",
    "what a shame on a rainy day",
    "people have lost their minds",
    # no one in particular, a place
    "everyone has lost their minds lol",
    "the whole world has lost its mind",
    "shame on anyone who voted for this",
    "shame on all of us",
    "shame on america",
    # the proverb, told not to be ashamed, a report
    "fool me once, shame on you, fool me twice, shame on me",
    "you should never be ashamed of yourself",
    "you shouldn't be ashamed of yourself",
    "nobody should be ashamed of themselves",
    "she said he had lost his mind",
    # disbelief asked
    "are you out of your mind?",
    "has he lost his mind or what?",
    # said to the reader: disagreement as often as scorn
    "@USER you've completely lost your mind",
    "@USER you must be out of your mind",
    "@USER sei fuori di testa",
    # teasing
    "shame on you lol",
    # Italian: joy
    "sono fuori di testa per la gioia",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid23_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_olid23_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
