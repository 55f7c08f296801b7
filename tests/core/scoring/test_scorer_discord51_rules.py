"""Shapes of the discord51 round (targeting_discord51, discord51_words), at default
settings: a member's place in the room questioned ("why is he even in this server", "why
is <@1> still in the gc") and a new room called for without a member ("lets make a new gc
without her", "new server without <@1>") are aimed at the member; bots, things, the
room at large, the writer, real questions, reasons, reports, negations and quotes stay
clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the place: "why", the copula, the member, "even"/"still" and the room
    "why is he even in this server",
    "why is <@7> still in the gc",
    "why tf is she even in vc lol",
    "bro why is dylan even in this discord",
    "why is that guy still in our server",
    "why the hell is he even in here",
    "why s she still in the group chat",
    # the new room: "new" or a making verb, the room, "without" and the member
    "lets make a new gc without him",
    "we should start another server without <@5>",
    "new vc without her fr",
    "can someone create a gc without them",
    "imma make a group chat without her lmao",
)

CLEAN = (
    # the place: things, the writer, the room at large, real questions, reports, quotes
    "why is the bot still in this server",
    "why is mom still in the group",
    "why is dad even in the family gc lol",
    "why is it even in the gc",
    "why am i still in this server",
    "why is everybody still in vc",
    "is he still in the gc",
    "why is he still in the gc, i thought he quit",
    "why is she even in vc so early",
    "he asked why is she even in this server",
    '"why is he even in this server" hurt her a lot',
    "why is she still in the discord? i miss her in the other one",
    # the new room: things, the writer, no making, reports, negations, reasons, questions
    "lets make a new gc without the bots",
    "make a new server without me",
    "the gc without him is so quiet",
    "they started a new gc without her",
    "please dont make a new server without her",
    "lets make a new gc without her, its a surprise for her birthday",
    "why did they make a new gc without him?",
    "lets make a new gc without the spam",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord51_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_discord51_aims_at_the_member(scorer: Scorer) -> None:
    assert scorer.score("why is he even in this server").target is TargetKind.THIRD_PERSON
    assert scorer.score("why is <@1> still in the gc").target is TargetKind.MENTION
    assert scorer.score("lets make a new gc without her").target is TargetKind.THIRD_PERSON
    assert scorer.score("new server without <@2>").target is TargetKind.MENTION


@pytest.mark.parametrize("text", CLEAN)
def test_discord51_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
