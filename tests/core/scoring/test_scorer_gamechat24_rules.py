"""Shapes of the gamechat24 round (targeting_gamechat24, gamechat24_words and its
lexicon lines, and its fixes in gamechat5's "so" verdict and gamechat13's uninstall), at
default settings: a swear word said of the reader, stretched or not, opening and closing
its sentence; a gg-taunt with an insult closing the line; a mock title with a role or
hero name; "uninstall" and "delete" in chat spelling; threats with "u"; with the
look-alikes that stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # gamechat5's "so" verdict with a swear word, stretched or not
    "ur so shitttt",
    "u r so shittt lol",
    "you are so shitty",
    "u so crappy",
    "ur so crap at this",
    "my team is so shitty",
    # a swear word said of the reader, no "so"
    "ur shittt",
    "u r shitty",
    "ur crap lol",
    "sage ur shitty",
    "bro ur shite",
    # a gg-taunt with an insult closing the line
    "gg no re trash",
    "gg no re loser",
    "gg go next clown",
    "gg no re scarso",
    # a mock title with a role or hero name
    "ok genius support",
    "nice job genius adc",
    "thanks einstein jungle lol",
    "ok genio support",
    # chat spelling of uninstall and delete
    "unistal",
    "unistal pls",
    "uninstall game",
    "delete game pls",
    "disinstalla gioco",
    # threats with "u"
    "ill kill u",
    "ill kill u irl",
    "ur dead after this",
)

CLEAN = (
    # the "so" verdict of a thing or of oneself
    "this map is so shitty",
    "the food is so crappy lol",
    "im so shittt at this lol",
    # a swear word before a thing or after a verb
    "ur shitty mic is echoing",
    "take ur crap and go",
    "ur crap is everywhere",
    # gg with no insult, or a pause before a thing
    "gg no re",
    "gg wp",
    "gg go next guys",
    "gg no re, my internet is trash",
    "gg no re bots",
    # praise or a claim with a role, no title
    "genius jungle play",
    "that was genius mid",
    "nice job support",
    "ok support going b",
    # tech support and the writer's own
    "uninstall game and reinstall it",
    "delete game files",
    "delete game and reinstall",
    "should i delete game",
    # match talk
    "ill kill u in the next fight lol",
    "ur dead if u push alone",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat24_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat24_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
