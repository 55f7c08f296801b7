"""Shapes of the gab1 round (targeting_gab1, gab1_words), at default settings, a
precision round: swearing at a thing with the reader only addressed after it ("the new
update sucks, you guys") or generic ("life sucks when you're broke") is read at the
thing, and "fuck" as an exclamation before "you're" and praise ("fuck you're lucky") is
no curse; the same words aimed at the reader, a person or a group stay hostile."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the reader, a person, a family member or the room as the subject
    "you suck, you guys",
    "you all suck, you know",
    "kyle sucks, you guys",
    "he sucks, you know",
    "your brother sucks, you know",
    "that guy is shit, you guys",
    "your mom sucks, you guys",
    "the admin sucks, you guys",
    "our team sucks, you guys",
    "what a bitch, you guys",
    # the reader's presence or doing, not a state anyone may be in
    "the chat sucks when you're online",
    "the server sucks when you're in it",
    "everything sucks when you're around",
    # "fuck you" with a pause, a name-call or no praise after it
    "fuck you're an idiot",
    "fuck you're so annoying",
    "fuck you, you're pathetic",
    "fuck you you're a loser",
    "fuck you're so lucky, dumbass",
    "fuck you're done, kid",
    "fuck you and your stupid friends",
    # "lucky" before the writer's own say: a veiled threat, no praise
    "fuck you're lucky i don't kill you",
    "fuck you're lucky im not there",
)

CLEAN = (
    # a thing cursed, the reader only addressed after it
    "the new update sucks, you guys",
    "this heat sucks, you guys",
    "getting old sucks, you know",
    "the new patch is shit, you guys",
    "the traffic is a bitch, you guys",
    "the finale sucked, you guys",
    "my car sucks, you guys lol",
    "honestly the new map is trash, you guys",
    # a situation cursed, the reader's "you" generic
    "life sucks when you're broke",
    "work sucks when you're the only one on shift",
    "traffic sucks when you're already late",
    "the bus sucks when you're in a hurry",
    "school sucks when u r tired",
    # "fuck" as an exclamation before "you're" and praise
    "fuck you're lucky",
    "oh fuck you're right",
    "fuck you're back!",
    "fuck you're a genius",
    "lol fuck you're so good at this",
    "fuck you're lucky, that was a crazy shot",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gab1_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_gab1_aims_stay(scorer: Scorer) -> None:
    assert scorer.score("you suck, you guys").target is TargetKind.SECOND_PERSON
    assert scorer.score("fuck you, you're pathetic").target is TargetKind.SECOND_PERSON
    assert scorer.score("the chat sucks when you're online").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_gab1_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_gab1_thing_read(scorer: Scorer) -> None:
    assert scorer.score("the new update sucks, you guys").target is TargetKind.OBJECT
    assert scorer.score("life sucks when you're broke").target is TargetKind.OBJECT
