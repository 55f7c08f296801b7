"""Shapes of the gamechat34 round (targeting_gamechat34, gamechat34_words), at default
settings: a hero after "this" or "that" flamed with a put-down made sure of the player,
by an intensifier ("this jett is absolute trash") or by a cue of this game's play after
a bare one ("that pudge is garbage again"); with the look-alikes that stay clean (things
and abilities, the writer's hero, the champion judged bare or for the patch, the clause
going on, praise, denied, asked, reported, quoted, a joke's mark). English only."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # an intensifier before the put-down
    "this viper is absolute trash",
    "that lina is complete garbage",
    "omg this kunkka is actually garbage",
    "this ursa is literally dogshit lol",
    "that mirana is utter trash bro",
    "this pango is total garbage smh",
    "this huskar is fucking trash",
    "that spectre is absolute shit",
    "this jugg's absolute trash",
    # a cue of this game after a bare put-down
    "this sniper is trash today",
    "that tusk is garbage again",
    "this slardar is trash every single game",
    "that rubick is dogshit this game lol",
    "this clinkz was garbage tonight",
)

CLEAN = (
    # things, abilities, places
    "this blink is absolute trash",
    "that ult is complete garbage",
    "this patch is literally trash",
    "this map is garbage today",
    # the writer's hero, the champion judged
    "my lina is absolute trash lol",
    "this slark is trash",
    "this slark is trash this patch",
    "this slark is trash rn",
    # the clause goes on, a joke's mark, a second sentence
    "this lina is absolute trash at laning",
    "this lina is absolute trash jk",
    "this lina is trash. again",
    # praise, denied, asked, reported, quoted
    "this lina is absolutely insane",
    "this lina is not trash",
    "is this lina absolute trash?",
    "this lina is trash again?",
    "i think this lina is absolute trash",
    "he said that lina is garbage today",
    '"this lina is absolute trash" lol no',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat34_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat34_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
