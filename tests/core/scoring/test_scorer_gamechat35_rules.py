"""Shapes of the gamechat35 round (targeting_gamechat35, gamechat35_words and its lexicon
lines), at default settings: a teammate named by role or hero blamed for a failing in
play ("this jungler is afk farming", "mid ks again", "jungle never ganks") or of no help
closing its sentence ("support not helping at all", "adc doing nothing"), or thanked
for it with sarcasm ("thx disruptor for stealing all the kills"); with the
look-alikes that stay clean (plain game talk, the enemy, the writer, asked, reported,
quoted, a report, denied, approved, the words going on). English only: game chat's
role names are English in Italian chat too, and the round studied English lines."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a failing in play, any words after
    "this jungler is afk farming",
    "jungle afk farming while we die",
    "omg mid afk farming again",
    "pa afk farming the jungle",
    "jungle stealing my farm again",
    "our carry keeps stealing my kills",
    "mid ks again",
    "lol jungler ksing every fight",
    "jungle never ganks",
    "our jungler ganked nobody",
    "jungle has 0 ganks",
    # a failing of no help, closing its sentence
    "support not helping at all",
    "carry isnt helping",
    "adc doing nothing",
    "our carry does nothing all game",
    "top is doing nothing again lol",
    "jungle no help at all",
    # sarcastic thanks for a failing
    "thx disruptor for stealing all the kills",
    "thanks mid for doing nothing",
    "thank you jungle for stealing my farm",
)

CLEAN = (
    # plain game talk, no failing
    "jungler is farming bot side",
    "go afk farm the jungle",
    "support is helping top",
    # the enemy, the writer
    "their jungle is afk farming lol",
    "enemy carry doing nothing lol",
    "im afk farming sorry",
    "i ks again my bad",
    "sorry i stole your farm",
    # asked, reported, quoted, a report
    "is jungle afk farming?",
    "jungle, no help?",
    "he said mid is afk farming",
    '"jungle never ganks" is such a meme',
    "report oracle ksing",
    # denied, approved, the words going on
    "mid didnt ks, i was low",
    "our jungle afk farming is fine he is scaling",
    "mid stealing my farm lol jk",
    "sven afk farming is how you win",
    "jungle doing nothing wrong",
    "support no help needed",
    "mid is doing nothing today so im going top",
    "ks is the state i live in",
    # thanks for no failing, or no player before "for"
    "thanks jungle for the gank",
    "thanks for stealing my heart mid",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat35_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat35_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
