"""Shapes of the discord45 round (targeting_discord45, discord45_words), at default
settings: a death wish on the reader or the room ("you should all die", "i want you all
dead"), a non-existence wish on the reader ("i wish you were never born", "you should
never have been born", "make them wish they never existed") and an exclusion from the
country aimed at the reader or a bare "they" opening the message ("you people need to get
out of our country", "they need to leave our country") are hostile; wishes about things
or the writer, invitations, the writer's own trips, quoted, asked, reported and denied
lines stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a death wish on the reader or the room
    "u lot should all die",
    "you two should die",
    "honestly you should all die",
    "y'all should all die already",
    "i hope y'all all die",
    "i want u guys all dead",
    # a non-existence wish on the reader
    "i wish u guys were never born",
    "i wish all of you had never existed",
    "i wish you never existed tbh",
    "i wish u had never been born",
    "you guys should never have been born",
    "we will make them wish they never existed",
    "let's make them wish they were never born",
    # an exclusion from the country
    "u people need to leave our country",
    "you all must leave this country",
    "leave this country you people",
    "get out of this country now",
    "get out of our country u lot",
    "y'all need to go back where you came from",
    "they should leave this country",
    # the older lines with y'all
    "nobody would miss y'all lol",
    "the world would be better off without y'all",
)

CLEAN = (
    # wishes about things or the writer
    "i wish you were never sad",
    "i wish you never left",
    "i wish they never existed",
    "you never existed in that timeline",
    "make them wish they had more time",
    "make sure they never existed in the save file",
    "i wish this server had never existed",
    "i wish i had never existed",
    "i should never have been born lol",
    # the death term said of things, running on, denied or reported
    "my plants should all die lol",
    "if you should all die in the raid we restart",
    "i don't think you should all die",
    "i don't wish you were never born",
    "i'd never want you all dead",
    "he wants you all dead",
    "i wanted you all dead in that round lol",
    "you should all die laughing at this",
    # leaving for the writer's own reasons, asked, reported, running on
    "they need to leave the country by monday for the tournament",
    "we should get out of this country asap lol",
    "do you need to get out of our country?",
    "she said get out of our country",
    "get out of this country for a week, you deserve a break",
    "you need to go back to the lobby",
    "you should go back and check",
    "they should go back",
    "you should leave our country a good review",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord45_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_discord45_bare_they_is_a_group(scorer: Scorer) -> None:
    assert scorer.score("they need to leave our country").target is TargetKind.GROUP


def test_discord45_death_wish_is_at_the_reader(scorer: Scorer) -> None:
    assert scorer.score("you lot should all die").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_discord45_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
