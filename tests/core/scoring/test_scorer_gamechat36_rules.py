"""Shapes of the gamechat36 round (targeting_gamechat36, gamechat36_words and its lexicon
lines), at default settings: a verdict on a teammate named by hero, agent or role after
"this", "that" or "our" ("this jett is trash", "our legion is shit") and a teammate's
skill failing ("our sova has no aim", "sage never heals", "pudge cant hit a single hook");
with the look-alikes that stay clean (the hero's balance or a matchup, a thing of the
hero's, the writer's pick, the enemy, asked, reported, quoted, praise, a thing). English
only: the round read English game chat."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a verdict on a named teammate
    "that reyna is actually useless",
    "this riven is literally awful",
    "this bloodseeker is so useless",
    "our pudge is hopeless",
    "our legion is shit",
    "this slark is so bad",
    "lol this sova is so trash",
    "this lina is absolutely horrible",
    # a teammate's skill failing
    "our sova has no aim",
    "jett no aim",
    "sage never heals",
    "our healer never heals lol",
    "our mid has no map awareness",
    "this cypher has zero map awareness",
    "pudge cant hit a single hook",
    "pudge 0 hooks landed gg",
    "omg our jett literally cant aim",
    # the older rules' reader kept, older terms kept
    "u have no aim",
    "you never heal",
    "u have no game sense",
    "our mid has zero game sense",
)

CLEAN = (
    # a bare verdict after "this": the champion (gamechat12, gamechat34)
    "this jett is trash",
    "that pudge is garbage",
    "this invoker is useless",
    "this bloodseeker is hopeless",
    # a condition
    "if this jett is so bad we lose",
    # the hero's balance, a matchup, a thing of the hero's
    "this invoker is actually useless against sage",
    "this jett skin is so trash",
    "jett is trash tier this patch",
    "this invoker is useless against sage",
    "this jett skin is trash",
    "this pudge arcana is garbage",
    # the writer's pick, asked, reported
    "my jett is trash, still learning",
    "is this invoker useless?",
    "he said this jett is trash",
    # no hero, praise
    "this lag is so bad",
    "this game is garbage",
    "this storm is terrible",
    "this jett is so good",
    "our sova has insane aim",
    # failings of the enemy, the writer, no one; asked, quoted
    "enemy sova has no aim lol",
    "their pudge cant hit a hook",
    "i cant aim tonight sorry",
    "i have no aim today",
    "no aim assist on pc",
    "does sage never heal?",
    '"sage never heals" is a meme',
    "my sage never heals, i am so sorry",
    "our sage never heals lol jk",
    "if you cant hit a hook, go support",
    "when our sage never heals we lose",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat36_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat36_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
