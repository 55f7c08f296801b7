"""Shapes of the gamechat26 round (targeting_gamechat26, gamechat26_words and the
lexicon lines), at default settings: a player called a bot or an NPC in a mock frame
opening its sentence; sarcastic thanks for a throw opening the line, and praise of a
throw with a role named after it; with the look-alikes that stay clean. English only:
the Italian "che bot" is also "which bot". gamechat23's K/D record "and still talking"
closed by a pause (the round's fix at depth)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a player called a bot or an NPC in a mock frame
    "what a bot",
    "wow what a bot lol",
    "such an npc",
    "bro such a bot",
    "absolute bot",
    "literal npc lmao",
    "total bot reyna",
    "support absolute bot",
    "what a bot adc",
    "npc support",
    "walking bot",
    "what a bot, lol",
    # sarcastic thanks or praise for a throw
    "thx for the throw",
    "lol ty for the throw",
    "thank you for the throw jungle",
    "thanks for the throw guys",
    "thanks for the throw, that was the game",
    "nice throw top",
    "great throw healer lol",
    "what a throw jg",
    # gamechat23's K/D record, its clause closed by a pause
    "0/8 and still talking, shut it",
    "3-12 and still flaming, unreal",
)

CLEAN = (
    # a lane, a program, an NPC of the game, the writer's own, asked, the line goes on
    "what a bot lane",
    "what a bot game",
    "what a handy bot",
    "what a bot, it answered in a second",
    "is that a bot?",
    "what a bot?",
    "im such a bot tonight",
    "i was an absolute npc",
    "literal bot accounts everywhere in global",
    "such a bot move",
    "the npc sells swords",
    "npc quests are boring",
    "bot jungler lol",
    # a throw praised (a grenade, a ball), owned, or the line goes on
    "nice throw",
    "what a throw!",
    "great throw on that smoke",
    "nice throw sova",
    "what a throw guys",
    "nice throw mid, it hit three of them",
    "sorry for the throw",
    "nice throw by me lmao",
    "thanks for the throw in",
    "i said thanks for the throw",
    # the writer's side's record, no record
    "we were 0-8 and still talking, fun game",
    "at the door and still talking, weird",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat26_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat26_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
