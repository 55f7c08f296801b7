"""Shapes of the discord34 round (targeting_discord34, discord34_words and its lexicon
lines), at default settings: threats and warnings said to the reader in chat form and
sent as a whole line ("u better watch out", "ur gonna pay for this", "u will regret
that", "wait till i see u", "ill catch u outside", "ur dead to me");
with the look-alikes that stay clean (the line goes on, asks, reports or quotes it, the
writer's own, a kind word or a loving emoji after). English only."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # warnings
    "u better watch out",
    "you better watch out!",
    "bro u better watch it",
    "u better run lol",
    "u better watch ur step",
    "u better hope i dont see u",
    "@bob u better watch out",
    # payback
    "ur gonna pay for this",
    "u r gonna pay for that",
    "you will pay for this",
    "ur gonna pay",
    "u will regret that",
    "u gonna regret it fr",
    "ill get u back for this",
    "ok ill get u back",
    # a meeting promised or dared
    "wait till i see u",
    "just wait till i catch u",
    "wait till i find u lol",
    "wait till i see u after school",
    "ill catch u outside",
    "catch u outside after school",
    "say that again i dare u",
    # written off
    "ur dead to me",
    "ur dead to me now",
)

CLEAN = (
    # the line goes on
    "u better watch out for the sniper",
    "u better watch out, u better not cry",
    "u better run to the objective",
    "ur gonna pay for this game pass",
    "u will regret not buying it",
    "you will regret this decision",
    "ill get u back the money friday",
    "wait till i see u tomorrow",
    "wait till u see the new map",
    "watch ur mouth around my mom",
    "ill catch u outside later",
    "ur dead lol respawn",
    "u gonna pay for the pizza",
    # not opening the sentence: the writer's, reported
    "i will pay for this",
    "i cant wait till i see u",
    "u should watch ur mouth",
    "he said ur gonna pay for this lol",
    # asked, quoted
    "will u regret it?",
    "catch u outside the mall at 5?",
    '"u will pay for this" is such a villain line',
    # a kind word or a loving emoji after
    "watch ur mouth lol ily",
    "wait till i see u 🥰",
    "ill get u back for this love u",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord34_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord34_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
