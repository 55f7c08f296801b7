"""Shapes of the hatecheck75 round (targeting_hatecheck75, hatecheck75_words), at default
settings: death wished on a named group by the writer, the group named in the wish ("i
want the jews dead", "i hope the muslims all burn"), named first and meant by a pronoun
("muslims? i hope they all burn") or named last after the pronoun's clause ("let them all
drown, those refugees"), is aimed at the group; kind wishes, things, animals and games,
someone else's wish, history, denials, questions, counter-speech, reports and quotes stay
clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the group named in the wish
    "i want the jews dead",
    "i want muslims dead",
    "i want trans people dead",
    "honestly i want the refugees dead asap",
    "i hope the muslims burn",
    "i really hope the jews all burn",
    "i wish the immigrants were dead",
    "let the refugees drown",
    # the group named first, a pronoun after
    "muslims? i hope they all burn",
    "the jews, i want them dead",
    "immigrants... i hope they burn alive",
    "gays? let them burn",
    # the group named last
    "let them all drown, those refugees",
    "let them rot, the immigrants",
    "i want them dead, those muslims",
    "let em burn, the gypsies",
    "i want them dead. the refugees i mean",
)

CLEAN = (
    # kind wishes, no death
    "i hope the refugees find a home",
    "i want muslims welcome here",
    "muslims? i hope they have a great eid",
    "let them stay, those refugees",
    "i hope the jews in my class enjoy the party",
    # things, animals, games, no named group
    "i want the zombies dead",
    "let them burn, those old letters",
    "i want them dead, the bugs in my garden",
    "the candles? i hope they burn all night",
    "i hope the toast doesnt burn",
    "gg, i want the germans dead",
    # someone else's wish, history, denials, questions
    "he said he wants muslims dead, i reported him",
    "the nazis wanted the jews dead",
    "i dont want the refugees dead, i want them safe",
    "why do people want immigrants dead?",
    "i want them dead, those muslims?",
    "i hope the muslims dont burn",
    # counter-speech, reports and quotes
    "saying 'i want the jews dead' is vile",
    "someone wrote 'let them drown, those refugees' and got banned",
    "i hope the women burn the competition",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck75_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck75_aims_at_the_group(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).target is TargetKind.GROUP, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck75_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
