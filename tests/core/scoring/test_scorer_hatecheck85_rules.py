"""Shapes of the hatecheck85 round (targeting_hatecheck85, hatecheck85_words and the
round's en/identity_attack.txt lines), at default settings: hate for a named group held
by the writer, by "we" or by a company that holds the writer ("me and my friends"), as a
habit, a duration or a lasting state, is aimed at the group ("we always hated
immigrants", "i've hated muslims for years", "been hating refugees since day one", "we
have never liked gay people and never will"); someone else's hate, hate that stopped,
things, denials, questions, quotes, reports and counter-speech stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # "we" and a habit
    "we always hated muslims and we always will",
    "we have always despised trans people",
    # a duration in the perfect or the progressive
    "i've hated refugees since i was little",
    "we have loathed immigrants for a long time lol",
    "weve hated jews for ages",
    "been despising gay people since high school",
    "we've been hating black people for decades",
    # a lasting state
    "i have never liked refugees and i never will",
    "we never liked trans people and never will",
    # a company that holds the writer
    "me and my brothers can't stand muslims",
    "me and the guys hate refugees",
    "me and my whole family have always hated gay people",
    "me and my roommates have been hating immigrants for months",
)

CLEAN = (
    # someone else's hate
    "my aunt always hated muslims and it made me sad",
    "they've despised refugees for generations",
    "my boss has been hating immigrants since day one",
    "she has never liked trans people and never will",
    # the hate stopped
    "i've hated gay people for years until i came out myself",
    "we always hated immigrants until we became immigrants",
    "i have despised muslims for years, but not anymore",
    # things, scenes and the reader's own
    "i've hated this city for years",
    "me and my friends can't stand the heat",
    "we've never liked spicy food and never will",
    "i have hated the jews in that film for years",
    "me and the boys hate losing",
    # denials, questions, quotes, reports and counter-speech
    "we have never despised refugees",
    "have you been hating immigrants for years?",
    "me and my friends don't hate muslims",
    '"we always hated jews" is a bigot\'s line',
    "we always hated muslims, my racist uncle wrote",
    "people who have hated trans people for years owe them an apology",
    # a match's side
    "in battlefield we always hated the germans",
    # friendly swearing
    "damn me and my friends have been grinding for years lol",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck85_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck85_aims(scorer: Scorer) -> None:
    assert scorer.score("we always hated immigrants").target is TargetKind.GROUP
    assert scorer.score("i've hated muslims for years").target is TargetKind.GROUP
    assert scorer.score("me and my friends can't stand jews").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck85_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
