"""Shapes of the precision26 round (targeting_precision26, precision26_words), at default
settings: "fuck off with" a thing ("fuck off with this lag", "oh fuck off with the ads")
and "bitch" as a complaining verb in a list ("they just want to bitch, moan and
complain") stay clean; the same words told to the reader, at a person or at a group, or
as a name-call, stay aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # no determiner, or a person, a group, an insult noun or a pointing word in the phrase
    "fuck off with your whining",
    "fuck off with you",
    "fuck off with these refugees",
    "fuck off with this bloke",
    "fuck off with the gays",
    "fuck off with those liberals",
    "fuck off with that idiot",
    "fuck off with the woke mob",
    "fuck off with these scammers",
    "fuck off with that lot",
    # a pointing word with no noun after it: what the reader said (olid6's held-back line)
    "@USER fuck off with that",
    "fuck off with that",
    "fuck off with this.",
    "fuck off with the mods",
    "fuck off with this twat",
    # a reader's word in the sentence or just after it
    "fuck off with this, you are not funny",
    "fuck off with this crap you troll",
    "fuck off with the ads. you idiot",
    # told off, no "with"
    "fuck off",
    "piss off mate",
    # "bitch" as a name-call, not a verb
    "you bitch, stop moaning",
    "shut up bitch, whine somewhere else",
    "she is a bitch, whiny and cold",
    "bitch, moan, complain",
)

CLEAN = (
    # "fuck off with" a thing
    "fuck off with this lag",
    "oh fuck off with the ads",
    "fuck off with all this snowfall",
    "piss off with these taxes",
    "fuck off with this bullshit, nobody got hurt",
    "fuck off with the government's new fee",
    # "bitch" as a complaining verb in a list
    "they just want to bitch, moan and complain",
    "democrats just want to bitch, moan and complain",
    "people will bitch and whine regardless",
    "let me bitch and vent for a bit",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_precision26_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_precision26_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
