"""Shapes of the gamechat20 round (targeting_gamechat20, gamechat20_words and its lexicon
lines), at default settings: a bare role blamed for sabotage ("mid is trolling"), a
player gone afk ("support afk again"), a loss laid on whoever follows gamechat9's blame
("we lost becuz of u"), a skill likened to a grandparent's or a bot's ("you play like my
grandma"), more orders to quit the game ("stop playing this game"); with the look-alikes
that stay clean: a report called on a role (an action, as CONDA's annotators file it), a
role with an object after its verb, asked or the enemy's, the writer gone afk, a loss laid
on the writer, the lag or the enemy, a likeness after no play verb or of the writer, a
game's files deleted, a character's hands in a cutscene. English only: the shapes are
English game-chat slang."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a bare role blamed for sabotage
    "healer is trolling",
    "jungle is throwing lol",
    "top is griefing",
    # a player gone afk
    "pudge afk again",
    "support went afk again",
    "our healer always afk",
    # a loss laid on whoever follows
    "we lost becuz of ur jungle",
    "losing bc of this kid",
    "we lost because of him",
    "ff we lost because of the jungler",
    # a skill likened to a grandparent's, a sibling's, a bot's
    "you aim like my grandma",
    "u drive like my grandma",
    "our tank plays like a potato",
    "bro plays like a bot",
    "he aims like a stormtrooper",
    "you play like my little sister",
    "you play like a bronze player",
    "u aim like a beginner",
    # sarcastic praise before a mock title (gamechat7's words)
    "well played genius",
    "gj genius",
    "well done sherlock",
    # "int" praised sarcastically (gamechat16's feed praise), the match's ruin
    "nice int jungle",
    "ty for the int",
    "ur ruining the game",
    "you ruined the game for everyone",
    # an order to quit the game
    "stop playing the game",
    "delete ur game",
    "uninstall this game kid",
)

CLEAN = (
    # a report called on a role or a hero: an action, as game chat's annotators file it
    "report jg",
    "pls report our supp",
    "report pudge",
    "report mid pls",
    # a role's verb with an object, asked, or the enemy's
    "mid is trolling?",
    "is mid trolling",
    "their mid is feeding",
    "mid is trolling the enemy",
    # no player gone afk
    "afk again",
    "brb afk again",
    "im afk again sorry",
    # a loss laid on the writer, a thing or the enemy
    "we lost because of me",
    "we lost because of their jungle",
    "we lost because of lag",
    "i lost because of my internet",
    # a likeness after no play verb, of the writer, or praise
    "you look like my grandma",
    "i play like my grandma lol",
    "she dances like my grandma",
    "my aim is like a potato",
    "you aim like a god",
    "i play like a bronze today",
    "she skates like a beginner",
    # praise of a real genius, a plan called genius
    "she is a genius, well played",
    "well played, genius move",
    "nice int by me",
    "good int value",
    "they ruined the game with this patch",
    "i ruined the game for myself by reading spoilers",
    # the game's files, a character's body shown
    "delete the game files and reinstall",
    "uninstall the game cache first",
    "you have no hands in the cutscene",
    "u have no hands during the cinematic",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat20_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat20_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
