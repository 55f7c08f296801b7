"""Shapes of the forum18 round (targeting_forum18, forum18_words and its lexicon lines),
at default settings: a verdict closing its clause said of an affiliation ("vegans are
insufferable", "sjws are garbage", "the worst people on the planet"), of every one of
it ("every vegan i've ever met is insufferable"), of a community named as a place
("this sub is a cesspool", "this fandom is cancer"), a swear word at an affiliation
("fuck the mods", "vegans suck"), a name-call said back after a retort ("nice try
bootlicker"); lexicon lines "cesspool" (only of a community), the reader called a shill,
Reddit's sneers ("you must be fun at parties"). With the look-alikes
that stay clean: criticism of ideas, policies and things, a verdict denied, narrowed or
going on, a place that is no community, a curse at a thing of the group, talk about a
naming ("stop calling everyone you disagree with a shill"). English only: the shapes
are English forum comments."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a verdict said of an affiliation
    "vegans are insufferable",
    "sjws are garbage",
    "the incels here are so insufferable",
    "landlords are the worst people on the planet",
    "feminazis are the worst",
    "you vegans are insufferable",
    "every vegan i've ever met is insufferable",
    "every mod on this site is a loser",
    "this fandom is toxic garbage",
    # a community named as a place
    "this sub is a cesspool",
    "this fandom is cancer",
    "the community is trash",
    "r/whatever is a cesspool",
    # a swear word at an affiliation
    "fuck the mods",
    "fuck landlords",
    "screw the tankies",
    "vegans suck",
    "the cops fucking suck",
    # a name-call said back after a retort
    "nice try bootlicker",
    "sure thing neckbeard",
    "nice try clown",
    # the reader called a shill
    "you're a shill",
    "ur just a paid shill",
    "you are such a shill",
    # Reddit's sneers at the reader, whole phrases
    "you must be fun at parties",
    "did your mom drop you as a baby",
)

CLEAN = (
    # criticism of ideas, policies and things
    "vegan food is garbage",
    "this game's balance is garbage",
    "this site is garbage",
    # denied, narrowed, going on
    "not all cops are bad",
    "vegans are not idiots",
    "the vegans here are clueless about nutrition",
    "vegans are insufferable when they preach",
    "vegans are the best people on the planet",
    "every mod i know is great",
    "every time i post i feel like an idiot",
    # a place that is no community
    "the pond is a cesspool",
    "this city is a cesspool",
    "the internet is a cesspool",
    "what a cesspool",
    # a curse at a thing of the group, or no curse at it
    "fuck the mods' new rule",
    "vegans suck at cooking",
    "vegans suck? no they don't",
    "are vegans insufferable? not the ones i know",
    "holy fuck the mods are fast",
    "fuck yeah mods",
    "fucking mods",
    "fuck, the cops are here",
    "lmao this sub is so fucking funny",
    # a retort with no name-call closing the line
    "nice try by the clown",
    "nice try buddy",
    "ok trash",
    "nice try trash",
    # talk about a naming, a shill said of no reader
    "stop calling everyone you disagree with a shill",
    "stop calling everyone you disagree with an idiot",
    "he's a shill",
    # no reader in the sneer's words
    "thank you vegans are awesome",
    "the parties were fun",
    "we dropped the baby off at grandma's",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_forum18_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_forum18_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
