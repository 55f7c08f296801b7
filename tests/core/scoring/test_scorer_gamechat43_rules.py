"""Shapes of the gamechat43 round (targeting_gamechat43, gamechat43_words and its
en/insult.txt lines), at default settings: a player's game called trash, garbage, crap
or shit with "plays like", said of "he"/"she", a hero, a role or "they", and chat's
"nood" for "noob", are aimed; the writer's own game, a thing or a kit, negated, asked
and reported lines stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the lines the lexicon lacked, read by the older rules
    "he plays like trash",
    "she plays like garbage lol",
    "our mid plays like garbage",
    "this sniper plays like shit",
    "u play like crap",
    # a hero or a role the older rules read as no one
    "lina plays like garbage",
    "gg lina plays like garbage",
    "pa played like crap lol",
    "our pa played like crap",
    "invoker plays like shit",
    "lol our support plays like trash",
    # a plural subject, past verdicts included
    "they played like crap",
    "these guys play like trash",
    "they played like garbage today",
    # "nood"
    "nood team",
    "gg nood mid",
)

CLEAN = (
    # the writer's own game
    "i play like trash today sorry",
    "i played like crap lol",
    "we played like garbage",
    "my lina played like shit sorry guys",
    # a thing or a kit
    "the hero plays like trash after the nerf",
    "this build plays like crap",
    "my pc plays like garbage",
    "lina plays like garbage after the nerf",
    # negated, asked, reported, quoted
    "he doesnt play like trash",
    "lina doesnt play like trash",
    "does lina play like trash?",
    "he said she plays like trash",
    '"he plays like trash" lol',
    "they played like crap but we still won",
    # "nood" as a question or as "nude"
    "nood question",
    "send nood",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat43_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat43_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
