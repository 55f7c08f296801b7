"""Shapes of the gamechat22 round (targeting_gamechat22, gamechat22_words and its
lexicon lines), at default settings: a relative of the writer likened down with the
reader named, a bare verdict in the chat line joined after one naming a player, "npc" as
a whole line's name-call, game sense and rank jabs in chat's spellings; with the
look-alikes that stay clean: the writer's own play, an expectation, a thing judged, a
verdict that goes on or is asked, a game's npc, the writer's own rank."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a relative of the writer likened down, the reader named
    "my sister plays better than u",
    "my brother plays better than you lol",
    "my cousin has better aim than u",
    "my bro plays better than u fr",
    "my son plays better than you",
    "mio fratello gioca meglio di te",
    # a bare verdict in the chat line joined after one naming a player
    "this reyna | so bad",
    "our adc | so trash lol",
    "look at our tank | so useless",
    "wtf is our jungler doing | so bad",
    "their jett | trash",
    "nostro support | inutile",
    "il nostro jungler | scarso",
    "this shaker | so bad",
    # "npc" as a whole line's name-call
    "actual npc",
    "literal npc lol",
    "npc behavior",
    "literal bot behavior",
    "ok npc",
    "stop typing u npc",
    "u npc lol",
    # game sense and rank jabs in chat's spellings
    "0 game sense",
    "u have 0 game sense",
    "negative game sense",
    "bronze brain",
    "silver brain lol",
    "hardstuck lmao",
    "peak bronze gameplay",
    "such a clown lol",
    "what a tryhard xd",
    "typical silver gameplay lol",
    # a put-down of play credited to a named player
    "zero game sense from our mid",
    "trash rotations from our jungler",
    "bronze gameplay from our support",
    "such a baiter lol",
)

CLEAN = (
    # the writer's own play, an expectation, no relative of the writer's
    "my brother plays better than me",
    "my little sis plays better than me",
    "my sister plays better than you think",
    "my sister has better aim than you think",
    "my brother plays this game too",
    "a sister has better aim",
    "mio fratello gioca meglio di me",
    # a thing judged, a verdict that goes on or is asked, not a joined line
    "this map | so bad",
    "our jett | so bad timing",
    "our carry | so bad luck",
    "our jett | so bad?",
    "reyna low. so bad",
    "so bad",
    "our support | stupid bug again",
    "this doom | so good",
    "our comp | so bad",
    "this bracket | so bad",
    "this lobby | so bad",
    # a game's npc, a lane, a Discord bot, a question
    "the npc in spawn gives quests",
    "this npc behavior is weird",
    "ok npc spawned",
    "actual bot",
    "bots are so easy in custom",
    "u npc?",
    "are u npc",
    "npc",
    # the writer's own game sense and rank
    "i have 0 game sense tbh",
    "im such a bronze brain lol",
    "i was hardstuck lol",
    "nobody has 0 game sense",
    "my bronze gameplay lol",
    "i miss bronze gameplay",
    "im such a tryhard lol",
    "what a clown show lol",
    "the clown lol",
    # play credited to the writer, a thing from a player, a clause that goes on
    "zero game sense from me",
    "trash loot from our jungler",
    "so stupid from our mid to dive there",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat22_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat22_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
