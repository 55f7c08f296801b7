"""Shapes of the discord22 round (targeting_discord22, discord22_words and its lexicon
lines), at default settings: a crowd's call to pile on a member opening the sentence,
the crowd said to mock the reader; and clean: the same verbs with no crowd or no victim,
a clause going on, a kind word after, a report, the writer's own back; the reader's
school talked about ("i know ur school has a half day"), not threatened."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a crowd's call to pile on a member
    "everyone spam him",
    "lets all spam her",
    "we should all flame her",
    "yall go ratio him",
    "everyone roast him in general",
    "can everyone spam him rn",
    "everybody block her lmao",
    "lets all flame him in vc",
    # the crowd said to mock the reader
    "we all talk behind ur back",
    "everyone talks shit behind your back",
    "we all laugh at you",
    "everyone here laughs at u",
    "the whole server laughs at u",
    "we all make fun of u",
    "everyone makes fun of you lol",
    "we only tolerate u",
    # the reader's school known, said whole or named
    "i know ur school",
    "i know ur school is lincoln high",
    # Italian
    "tutti ridono di te",
    "tutti parlano male di te alle tue spalle",
)

CLEAN = (
    # no crowd called on, or no victim
    "spam him with heals",
    "just roast him back lol",
    "block him and move on",
    "ratio him",
    "everyone spam the boss",
    "lets all report the cheater to the devs",
    "my kd ratio is bad",
    # the clause goes on, a report
    "everyone spam him with love for his bday",
    "he said everyone spam him",
    # no crowd mocking the reader
    "nobody laughs at u here",
    "no one makes fun of u",
    "dont worry we all make fun of u",
    "he said we all laugh at u",
    "i laugh at you",
    "people will laugh at you if u wear that",
    "everyone talks behind my back",
    "i got ur back",
    "we will always have your back",
    # a kind word after it
    "we all laugh at u jk ily",
    # the reader's school talked about
    "i know ur school has a half day tmrw",
    "i know your school starts at 8",
    # Italian
    "mi ha detto che ridono di te",
    "nessuno ride di te",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord22_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord22_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
