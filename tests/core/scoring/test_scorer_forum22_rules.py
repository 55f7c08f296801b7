"""Shapes of the forum22 round (targeting_forum22, forum22_words and its lexicon lines),
at default settings: disbelief that someone can be this stupid, people "dumb enough" to
do something, OP or someone's partner "sounds like" a name-call, the stupidity or
ignorance of a thread, its people or a camp; with the look-alikes that stay clean: the
same words about a law, a product or the writer, a real question, an admiring "enough
to", "sounds like" of a thing or with a kind word, a quoted or reported line,
"ignorance" as a plain word."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # disbelief that someone can be this stupid
    "how can somebody be this dumb",
    "how are folks this stupid",
    "is OP actually this dense",
    "how do people become this stupid",
    "how can a grown man be so stupid",
    "why are people this dumb",
    "why are those folks so ignorant",
    "is the guy actually this stupid",
    "perché certa gente è così stupida",
    "come può la gente essere così stupida",
    "come si fa a essere così ignoranti",
    # people "dumb enough" to do something
    "anybody stupid enough to trust them",
    "whoever was dumb enough to sign this",
    "voters dumb enough to believe him",
    # OP or someone's partner "sounds like" a name-call
    "OP seems like a clown",
    "your gf sounds like a psycho",
    "his boss sounds like a total jerk",
    "OP sounds dumb af",
    "OP's husband sounds like an asshole",
    # the stupidity of a thread, its people or a camp
    "the stupidity in these replies is wild",
    "the ignorance on this subreddit is amazing",
    "the sheer idiocy of these commenters",
    "woke stupidity at its finest",
    "the ignorance here is incredible",
    "the stupidity of some people",
    "the idiocy of the voters here",
    "l'ignoranza in questo thread fa paura",
)

CLEAN = (
    # a thing, not a person
    "how can a game be this stupid",
    "how is this app so dumb",
    "the stupidity of the policy is amazing",
    "the ignorance of the ruling worries me",
    "la stupidità di questa legge",
    "the ignorance of people about this disease is sad",
    # the writer
    "how could i be this dumb",
    "i was stupid enough to believe it",
    "excuse my ignorance, what is this",
    "scusa la mia ignoranza",
    # "sounds like" without a person named, the writer's own, a kind word, reported
    "that sounds like a dumb idea",
    "this track sounds like garbage",
    "my husband sounds like an idiot when he sings",
    "your dad sounds like a legend",
    "she said OP seems like a jerk, i don't agree",
    "i sound like an idiot on the phone",
    # a real question, an admiring "enough to", plain words
    "how can someone be this fast",
    "why am i this dumb lol",
    "why is this phone so stupid",
    "anyone brave enough to go first",
    "anyone dumb enough, to be fair, would try it",
    "ignorance is bliss",
    "ignorance of the law is no excuse",
    "ignorance is dangerous",
    "so real ignorance is really dangerous",
    # quoted, reported, counter-speech
    'she wrote "how can someone be this stupid" and got banned',
    "he said the stupidity in this thread was astounding",
    "stop saying people are dumb enough to fall for it",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_forum22_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_forum22_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
