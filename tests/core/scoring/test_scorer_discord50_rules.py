"""Shapes of the discord50 round (targeting_discord50, discord50_words), at default
settings: a member's private messages or secrets shared with the room by the writer ("i
screenshotted ur messages and sent them to everyone", "im posting her dms in general")
and an older mocking word on a member's picture ("look at this fat pic of him", "post
her ugly selfie in general") are aimed at the member; sharing that shames no one, the
writer's own, material for moderators, others' doing, requests to the reader, negations,
questions and praise stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the leak: a sharing verb, a pronoun owner's messages, the room
    "i screenshotted ur messages and sent them to everyone",
    "im posting her dms in general",
    "leaking his texts to the whole server",
    "i told the whole server her secrets",
    "i forwarded their chats to everyone lol",
    "gonna post ur convo in general",
    "dumping all his voice notes in the gc",
    "someone post her dms in general lmao",
    # the mocked picture: an older mocking word, the owner or "of him" after it
    "post her ugly selfie in general lol",
    "look at this fat pic of him",
    "his cringe selfies are going straight to general",
    "ss'd his simp messages, sending to the gc",
    "here's a disgusting photo of her lmao",
    "look at her ugly old pics",
)

CLEAN = (
    # plans passed on (the coordinator's mend)
    "i sent your texts to everyone so they know where to meet",
    "i posted their messages in general so everyone knows the event moved",
    "im posting ur messages in the gc so people can rsvp",
    # sharing that shames no one
    "i posted the screenshots of the bug in #help",
    "sending the clip to the gc, what a play",
    "look at this pic of my dog",
    "i showed everyone her drawings",
    "thanks for your messages everyone",
    "her messages to the whole class were so sweet",
    # the writer's own, a thing's
    "post my ugly selfie lol",
    "look at this fat pic of me lmao",
    "i posted my dms in general so everyone can see",
    "this fat pic of her dog",
    "look at his fat cat pics",
    # for moderators, proof, others' doing, requests to the reader
    "i screenshotted his threats and sent them to the mods",
    "forwarding her dms to the admins",
    "i sent his cringe messages to the mods",
    "she leaked my dms to the gc",
    "he told the whole server his secrets",
    "send your messages in general not in my dms",
    "tell everyone your secrets, it helps",
    "check your dms everyone",
    # denials, questions, counter-speech, apologies, praise, complaints
    "never send his dms to anyone",
    "should i post his messages in general?",
    "sharing her secrets with the whole school would be cruel",
    "i sent your dms to everyone by accident, sorry",
    "i shared her voice notes with everyone, she sings so well",
    "not ugly pics of her lol",
    "is this ugly pic of him real?",
    "that ugly pic of him is my favourite",
    "i sent his creepy messages to the mods",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord50_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_discord50_aims_at_the_member(scorer: Scorer) -> None:
    assert scorer.score("im posting her dms in general").target is TargetKind.THIRD_PERSON
    assert scorer.score("i sent ur texts to everyone").target is TargetKind.SECOND_PERSON
    assert scorer.score("look at this fat pic of him").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_discord50_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
