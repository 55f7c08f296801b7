"""Shapes of the gamechat54 round (targeting_gamechat54, gamechat54_words), at default
settings: "trash" or "garbage" said of a player as a bare verdict, after chat's game-end
words, an intensifier, a count or a rank ("typical trash", "gg trash", "lost to 5 trash", "and
are still trash"), or before a Dota hero ("this trash undying"), is hostile; trash talk,
literal trash, a thing or the writer called trash, laughter alone before it, reports,
denials, questions and answers stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # chat's game-end words and intensifiers, the verdict closing the sentence
    "typical trash",
    "gg trash",
    "ggwp garbage",
    "utter trash",
    "lol typical trash",
    "gg ez, trash",
    # a count, a rank or an MMR before it
    "4 trash party",
    "we lost to 5 trash",
    "vs 3 garbage again",
    "silver trash",
    "3k trash lol",
    # chat's tails, the team or a role after it
    "typical trash in mid",
    "2 trash on my team",
    # a plural verdict, the players left out
    "and are still trash",
    # a Dota hero gamechat32's name-call does not list
    "how did this trash undying win",
    "report this trash brood and tusker",
)

CLEAN = (
    # trash talk and literal trash: a noun after the verdict
    "lol trash talk",
    "lol trash loot again",
    "trash mobs respawn fast",
    "typical trash in the bin",
    # a subject before it: a thing or the writer
    "the patch is pure trash",
    "servers are still trash",
    "i was trash sorry",
    "im a trash sniper",
    # reported, denied, asked
    "he said typical trash",
    "dont call him trash",
    "not trash at all",
    "lol trash?",
    "the new patch? pure trash",
    # laughter, an exclamation or "ok" alone before it: a thing's verdict as often
    "Lmao trash",
    "wow garbage lol",
    "ok trash",
    "is this undying trash?",
    # a thing of the hero's after it
    "the trash sniper ult",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat54_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_gamechat54_said_of_a_player(scorer: Scorer) -> None:
    assert scorer.score("typical trash").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat54_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
