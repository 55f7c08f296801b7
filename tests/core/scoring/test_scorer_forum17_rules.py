"""Shapes of the forum17 round (targeting_forum17, forum17_words and its lexicon lines),
at default settings: a verdict said of a group of users ("these people are
brainwashed"), of everyone of a kind ("anyone who voted for him is delusional",
"whoever wrote this is clueless"), of a person named by their role after "excuse
for a" ("what a pathetic excuse for a journalist"), a name-call headed by a relative clause or "in
charge" in a comment on its own ("the moron who wrote this", "the idiot in charge"), a
verdict exclaimed ("how dumb they are"); lexicon lines "a complete joke" of a person,
"embarrassing yourself", "a karen", "ok karen". With the look-alikes that stay clean: a
verdict denied, narrowed to a topic or to an agent ("clueless about taxes",
"brainwashed by a cult"), things judged, the writer owning the
name-call. English only: the shapes are English forum comments."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a group of users or followers judged
    "these people are brainwashed",
    "redditors are insufferable",
    "the people in this thread are so dense",
    "his supporters are delusional",
    "the commenters here are all clueless",
    "mods on this sub are spineless",
    # everyone of a kind judged
    "anyone who voted for him is delusional",
    "people who believe this are braindead",
    "whoever wrote this is clueless",
    # a person named by their role after "excuse for a"
    "what a pathetic excuse for a journalist",
    "what a sad excuse for a coach",
    # a name-call headed by a relative clause or "in charge"
    "the moron who wrote this article should be fired",
    "the idiot in charge",
    "the clowns who run this sub",
    # a verdict exclaimed
    "guess how dumb they are",
    "how dumb are these people",
    "how pathetic he is",
    # lexicon lines
    "this guy is a complete joke",
    "the mods here are a total joke",
    "sit down, you're embarrassing yourself",
    "stop embarrassing yourself",
    "she's such a karen",
    "ok karen",
)

CLEAN = (
    # everyone of a kind called a bigot: a judgment of their hate, counter-speech
    "whoever asks if jews are even human is a bigot",
    "people who say women can't lead are sexist",
    # denied, narrowed to a topic or an agent
    "these people are not stupid",
    "people are clueless about taxes",
    "they were brainwashed by a cult",
    "i feel for brainwashed people",
    # a verdict that goes on is a description
    "most people are selfish when given the chance",
    # an article before the relative clause describes someone
    "it's hard to joke with an idiot who has no sense of humor",
    # things judged
    "what a pathetic excuse for a sequel",
    "the policy was spineless",
    "how stupid is this rule",
    "how dumb are these rules",
    "the plot is a complete joke",
    "this country is a total joke",
    "stupid questions get stupid answers",
    # the writer's own
    "how dumb i am lol",
    "i know how stupid that sounds",
    "the idiot who wrote this was me lol",
    "i'm the idiot who forgot the tickets",
    "i was embarrassing myself",
    "you're not embarrassing yourself, relax",
    # praise after the relative clause; the name alone
    "the clown who came to the party was amazing",
    "my aunt karen is visiting",
    "karen from accounting sent the report",
    "don't be a karen",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_forum17_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_forum17_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
