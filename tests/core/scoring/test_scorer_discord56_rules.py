"""Shapes of the discord56 round (targeting_discord56, discord56_words), at default
settings: a shunning verb with the member right after it and the room called after the
member ("ignore him guys", "mute <@7> everyone"), "leave him out" opening its sentence
("leave her out guys", "we should leave him out lol") and "reply to him" after a ban
("nobody reply to him", "dont respond to her guys"), said whole or with the room or a
standing word after them, are aimed at the member; a reason after the call, the writer,
things, game talk, bots, the member shielded, negations, questions, reports and quotes
stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the room after the member
    "ignore him guys",
    "unfriend her everyone",
    "mute him yall lol",
    "block her guys",
    "ghost him everybody",
    "ignore her pls everyone",
    "ok just ignore him guys",
    "avoid her all",
    "unadd him yall fr",
    "ignore <@3> guys",
    "mute <@5> everyone",
    "ignore her yall she always does this",
    # the member left out
    "leave him out",
    "leave her out guys",
    "we should leave him out lol",
    "lets leave her out next time",
    "just leave him out of the call",
    # nobody to answer the member
    "nobody reply to him",
    "no one respond to her",
    "noone reply to her again",
    "dont reply to him guys",
    "guys dont respond to her",
)

CLEAN = (
    # a reason after the call
    "ignore him guys hes tilted",
    "mute her everyone shes streaming",
    "leave him out of the ranked stack, hes new",
    "leave her out, shes asleep",
    "nobody reply to him hes afk",
    "we shouldnt invite him, hes on holiday",
    # the writer, things, game talk, bots and spam
    "ignore me guys im tired",
    "leave me out of this",
    "ignore the tank guys, kill the healer",
    "leave him, go mid",
    "ignore the bot guys",
    "nobody reply to the spam",
    "ignore it everyone",
    # the member shielded, negations, no ban
    "leave him out of this, he did nothing",
    "dont leave her out guys",
    "dont ignore her guys",
    "please dont block him everyone",
    "someone reply to him guys",
    "dont respond to him, just block",
    "you should reply to her",
    # questions, reports, quotes
    "why did they leave her out",
    "they told everyone to ignore me, what do i do",
    "she said ignore him guys",
    "ignore him guys?",
    "did nobody reply to him?",
    'he typed "nobody reply to her" as a joke',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord56_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_discord56_aims_at_the_member(scorer: Scorer) -> None:
    assert scorer.score("ignore him guys").target is TargetKind.THIRD_PERSON
    assert scorer.score("ignore <@3> guys").target is TargetKind.MENTION
    assert scorer.score("leave her out guys").target is TargetKind.THIRD_PERSON
    assert scorer.score("nobody reply to him").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_discord56_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
