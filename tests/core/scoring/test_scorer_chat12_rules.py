"""Shapes of the chat12 round (targeting_chat12, chat12_words), at default settings: a
look at the reader's body asked for in chat and DMs (a picture, a video, a cam or a
sight of the reader's body or a body part, of the reader naked or in underwear, or the
reader's clothes off for the writer: "send me pics of ur body", "i wanna see you naked",
"take off your clothes for me") is aimed at the reader; ordinary photo talk, the body in
medical or fitness talk, clothes off for a room, negations, reports and quotes stay
clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a picture or video of the reader's body or a body part
    "snd me a pic of ur body rn",
    "can you send me some pictures of your body",
    "send a video of your thighs pls",
    "u gonna send me a pic of ur butt?",
    "send me selfies of your thighs",
    # the reader naked, in underwear or in the shower
    "send me a photo of u in ur panties",
    "i really wanna see u nude",
    "let me see you in ur bikini baby",
    "id love a video of you in the shower",
    "can i get a pic of you without your clothes",
    # a sight or a cam
    "show me your body already",
    "hop on cam and show me ur chest",
    "lemme see your feet babe",
    # clothes off for the writer
    "take off ur clothes for me",
    "take your bra off on cam",
    "turn on your camera and take your shirt off",
)

CLEAN = (
    # ordinary photo and video talk
    "send me a pic of the whiteboard",
    "show me your inventory",
    "let me see your new setup",
    "send a video of the bug",
    # the body in medical or fitness talk, and idioms
    "your body is a temple",
    "show me your body of work",
    "stretch your legs every hour",
    "send me a pic of your legs after the surgery so i can check the swelling",
    "send me pics of your body transformation for the coaching plan",
    "show me your chest day routine",
    "get your butt over here and help me",
    "see you in the shower lol jk",
    "cant wait to see you in your bikini at the beach tomorrow",
    # clothes off for a room or a chore
    "take your shirt off if its too hot",
    "get your shirt off and jump in the pool",
    # negations, reports and quotes
    "never send your body pics to anyone",
    "i don't wanna see you naked, put some clothes on",
    "he keeps asking me to send a pic of me in my underwear",
    "she messaged me show me your body and i blocked her",
    'he wrote "send me pics of ur body" and got banned',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_chat12_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_chat12_aims_at_the_reader(scorer: Scorer) -> None:
    assert scorer.score("send me pics of ur body").target is TargetKind.SECOND_PERSON
    assert scorer.score("i wanna see you naked").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_chat12_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
