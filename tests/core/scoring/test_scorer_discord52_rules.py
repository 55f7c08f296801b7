"""Shapes of the discord52 round (targeting_discord52, discord52_words), at default
settings: an invite withheld from a member for good ("dont invite her next time", "stop
inviting him", "dont let her join") and a member removed from the room by a call to it
("can we kick <@1> from vc", "get him out of the gc", "uninvite him") are aimed at the
member; bots, things, the writer, reasons, game talk, reports, negations and quotes stay
clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the invite withheld: the ban, the inviting verb, the member, standing or said whole
    "dont invite him again",
    "guys stop inviting her lol",
    "never invite <@4> to anything",
    "no one invite them next time",
    "lets not invite him to the server",
    "stop adding em to the gc",
    "dont add him back",
    "dont ever let her rejoin",
    "pls dont let them back in",
    # the removal: the verb, the member, "from"/"out of"/"off" and the room
    "can we kick <@3> from the call",
    "somebody take him out of the server",
    "yall leave her outta the gc",
    "get <@6> off this server",
    "lets uninvite them",
    "can a mod uninvite <@8>",
    # the older "kick him" lines with no reason after them keep their reading
    "kick him from the server",
    "lets kick her from the gc",
    "can we kick him from vc hes so annoying",
    "kick him from the team he's dead weight",
)

CLEAN = (
    # the invite withheld: the writer, reasons, no standing, reports, questions, quotes
    "dont invite me again",
    "stop inviting her, she's on vacation all month",
    "dont invite him to the raid",
    "i never invite him anymore",
    "he told us to stop inviting her",
    "should we stop inviting him?",
    "dont let her join yet, the server is down",
    "dont let him back in the base hes on red team",
    '"stop inviting him" was all she said',
    # the removal: bots, the writer, reasons, reports, negations, questions, game talk
    "can we kick the music bot from vc",
    "kick me from the server lol",
    "can we kick <@3> from vc he keeps spamming",
    "take her out of the gc she asked to leave",
    "they kicked me from the gc, what do i do",
    "please dont kick <@2> from the call",
    "why would you uninvite her?",
    "uninvite me from the party",
    "hes the best player of the server",
    # the older "kick him" lines with a reason after them: moderation, the member's wish
    "kick him from vc his mic is looping",
    "remove her from the gc she asked to leave",
    "can someone kick him from vc hes afk",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord52_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_discord52_aims_at_the_member(scorer: Scorer) -> None:
    assert scorer.score("stop inviting him").target is TargetKind.THIRD_PERSON
    assert scorer.score("dont invite <@1> anymore").target is TargetKind.MENTION
    assert scorer.score("get her out of the vc").target is TargetKind.THIRD_PERSON
    assert scorer.score("can we kick <@2> from vc").target is TargetKind.MENTION


@pytest.mark.parametrize("text", CLEAN)
def test_discord52_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
