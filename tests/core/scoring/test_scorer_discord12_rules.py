"""Shapes of the discord12 round (targeting_discord12, discord12_words and its lexicon
lines), at default settings: slang lines led by "L" or "ratio" before a name-call, the
reader laughed at by the server, asked why they are even here or in the vc, told they
are not invited or irrelevant, doxxing in a game-word line; with the look-alikes that
stay clean ("stay mad at the devs", a denied pile-on, "why are you even here at 3am",
"why are you even in school today", "L take but ok"). Past the round's own probe
lines, each rule's lines were written after it and checked once against it. English
only, but for Italian's "l'" kept apart from the slang "L"."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a slang line led by "L" / "ratio" before its name-call
    "L bozo",
    "L + ratio + loser",
    "L idiot",
    "ratio + L + clown",
    "L moron lmao",
    "ratio clown",
    # a dismissal leading the name-call
    "nobody cares bozo",
    "who cares loser",
    "cope loser",
    "L + nobody cares + idiot",
    "who asked clown",
    # self-harm from a roof or a building; the reader's ip held; "mid"
    "go jump off a roof",
    "just jump off a building already",
    "jump off a roof loser",
    "i got ur ip lol",
    "i got your ip in the lobby lol",
    "i have ur ip gg",
    "ur so mid",
    "you are so mid lmao",
    # the server laughing at the reader
    "the whole gc is laughing at you",
    "we are all laughing at u",
    "everyone in vc is laughing at you rn",
    "the server is laughing at you loser",
    "they are laughing at you lmao",
    # the server sick of the reader; the reader unfunny
    "everyone in here is sick of u",
    "we are all sick of you",
    "the whole server is sick of u rn",
    "everyone is sick of you and your drama",
    "the mods are sick of you",
    "ur unfunny",
    "you are so unfunny",
    "ur so unfunny lmao",
    "you're unfunny and annoying",
    "u r unfunny",
    # why the reader is even here
    "why are you even here",
    "why r u even here bro",
    "why are u even here lmao",
    "why are you even in this gc",
    "why r u even in our vc",
    # not invited, irrelevant, who even asked, doxxing
    "you're not invited lol",
    "ur not invited to my bday",
    "you are not invited to the vc tonight",
    "ur so irrelevant",
    "you are irrelevant bozo",
    "who even asked",
    "gonna dox u lol",
    "i'm gonna doxx you in the lobby",
    # "who asked" as a line of its own
    "who asked lol",
    "who asked bro",
    "ratio + who asked",
    "who asked tho",
    # the reader asked of (a flaw discord12 found at its final count, mended by the lead)
    "who even asked u",
    "who asked you tho",
    "ratio + who asked u",
    "who tf asked you lmao",
    "who asked u bozo",
    "who tf asked",
    # the taunt kept
    "stay mad",
    "stay mad at me lol",
)

CLEAN = (
    # anger sent at someone else
    "stay mad at the devs not each other",
    "stay mad at the refs, not ur teammates",
    "stay mad at riot lol",
    "stay mad at the weather",
    "stay mad at the lag",
    # the pile-on denied
    "no one is laughing at you, ur fine",
    "relax, nobody is laughing at u",
    "not everyone is laughing at you lol",
    "it's okay, no one here is laughing at you",
    "nobody is laughing at you, promise",
    "nobody is sick of you, stay",
    "no one here is sick of u lol",
    # unfunny things, the writer's own jokes
    "that meme is unfunny",
    "my jokes are unfunny lol",
    "the new season is unfunny",
    "ur not unfunny at all lol",
    # a question that goes on
    "why are you even here so early",
    "why are you even in bed already",
    "why r u even here on a sunday lol",
    "why are u even in the office today",
    "why are you even here, the event ended",
    # "who asked" in a question that goes on, or naming who asked
    "who asked for extra fries?",
    "who asked about the tournament, dm me",
    "the kid who asked lol",
    "who asked me to stream tonight",
    "someone who asked earlier got banned",
    "who asked for pizza?",
    "who asked you to stream tonight",
    "who asked u to bring snacks?",
    "who asked u for the notes",
    # a name-call of someone else after a dismissal word; a jump in a game
    "nobody likes that bozo",
    "who is the bozo that took my spot",
    "nobody cares about the bozo emote lol",
    "cope is the best hero",
    "i jumped off a roof in the parkour map lol",
    "jump off the roof to skip the stairs",
    "don't worry i have your ip whitelisted on the server",
    "ur mid or top?",
    # Italian's elided article is no slang "L"
    "l'asino della fattoria è simpatico",
    "l’asino del presepe è bellissimo",
    # slang on things; irrelevance of things
    "L take but ok",
    "L game",
    "that's irrelevant",
    "age is irrelevant",
    "your point is irrelevant",
    "who even asked for rain",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord12_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord12_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
