"""Shapes of the gamechat27 round (targeting_gamechat27 and gamechat27_words), at
default settings: a hero or a role after "this" / "that" judged the worst; a bad-quality
word before a player noun, a role or a hero, said whole; with the look-alikes that stay
clean. English only: Italian chat's "questo jett" verdicts go through the Italian
rounds' readings."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a hero or a role after "this" / "that" judged the worst
    "this jett is the worst",
    "that sova is the worst lol",
    "this lucio is honestly the worst",
    "lol this pudge is the worst",
    "this zenyatta is the very worst",
    "that ana player is the worst ever",
    "this reyna is the worst i swear",
    # a bad-quality word before a player noun, a role or a hero, said whole
    "terrible player",
    "what a trash gamer",
    "such a horrible teammate",
    "awful jungler lol",
    "just a really shit pudge",
    "what an awful healer",
    "gg terrible adc",
    "wow garbage gamer",
    # the reader and a copula opening the frame
    "you are a horrible player",
    "youre an awful teammate",
    "you're such a terrible jungler lol",
    "u r a trash gamer",
)

CLEAN = (
    # a thing, a place or a kit judged; the writer; asked; the clause goes on
    "this map is the worst",
    "this patch is the worst",
    "this hero is the worst to play against",
    "this jett is the worst to play against",
    "i'm the worst jett lol",
    "this jett is the worst?",
    "i think this jett is the worst",
    "this jett is the best",
    "the worst part is the queue",
    # the writer, a thing, a clause that goes on, quoted
    "im a terrible player lol",
    "what a terrible player i am",
    "i was an awful support today",
    "terrible player count on this server",
    "horrible player to play against",
    "what a trash game",
    "awful lag",
    "what a garbage map",
    '"terrible player" he said',
    "you are a terrible player to play against",
    "you are a horrible player?",
    "you are a terrible player, but i love you",
    # a fail label is no call here (gamechat13 left "fail mid" out)
    "fail mid",
    "we failed mid",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat27_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat27_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
