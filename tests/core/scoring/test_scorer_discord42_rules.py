"""Shapes of the discord42 round (targeting_discord42, discord42_words), at default
settings: Discord-style threats and shut-outs in chat slang, the writer's slang blow to a
part of the reader's body ("i'll stomp ur ass into the ground", "imma rock ur jaw", "ima
dome u", "imma drag u by ur hair", "i'll slap the shit outta you"), a fight offered
("bet, square up", "run me the fade", "1v1 me irl"), the reader shut out of the writer's
messages ("get out of my dms") or not wanted to be heard ("nobody wants to hear from
you"), are aimed at the reader; game and friendly talk in the same words, the writer's
own self, another doer, negation, reported speech, quotes and questions stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the writer's slang blow to the reader's body
    "i'll stomp ur ass into the ground",
    "imma rock ur jaw",
    "i'll rock your face fr",
    "i'll clap yo face in",
    "i'll smack your teeth out",
    "i'll whoop your lil ass irl",
    "i'll rock ur shit irl",
    "me and my boys will drag ur ass",
    "i'll drag ur ass across the floor",
    "imma drag u by ur hair",
    "i'll drag you outside",
    "ima dome u on sight",
    "i'm gonna dome you",
    "i'll slap the shit outta you",
    "imma smack the shit out of u",
    # a fight offered
    "bet, square up",
    "square up then",
    "ok then, square up",
    "run the fade",
    "run me the fade then",
    "let's run the fade irl",
    "you wanna run the fade?",
    "1v1 me irl",
    "fight me irl bro",
    "box me outside",
    # shut out of the writer's messages
    "get out of my dms",
    "get outta my dms",
    "stay out of my inbox creep",
    "bro get out my mentions",
    # not wanted to be heard
    "nobody wants to hear from you",
    "literally no one wants to hear from u",
    "no one wants to hear your voice",
    "nobody wanna hear ur annoying voice",
    "i swear nobody wants to hear your opinion",
)

CLEAN = (
    # game and friendly talk in the same words
    "we stomped them 3-0",
    "i'll rock your world",
    "i'll rock your face off with this solo",
    "i'll kick your butt at mario kart",
    "i'll smack your butt lol love you babe",
    "i'll dome you in cs later",
    "i'll dome you with a snowball",
    "i'll drag the mob to you",
    "i'll drag you to the gym tomorrow",
    "i'll drag you out of bed",
    "i'll drag you lol",
    "i'll drag you across the finish line",
    "we'll drag your ass to the party",
    "i'll slap the shit outta this drum solo",
    "i'll beat the shit outta you in 2k",
    "square up for the boss fight",
    "square up the edges before you cut",
    "bet, square up with the team for the photo",
    "bet, see you at 8",
    "run the fade in smash tonight",
    "run the fade mod on the server",
    "1v1 me in ranked",
    "1v1 me outside at the court",
    "get out of the fire",
    "get out of my way i'm speedrunning lol",
    "nobody wants to hear my singing lol",
    "nobody wants to hear your opinion on pineapple pizza lol",
    # the writer's own self, another doer, negated, reported, quoted, asked
    "nobody wants to hear from me anyway",
    "he'll dome you if you peek",
    "i'm not gonna dome you, relax",
    "i would never rock ur jaw",
    "i'd never tell you to get out of my dms",
    "he told me to get out of his dms",
    "stay out of my dms, he told her",
    "she said nobody wants to hear your voice, so mean",
    "my mom said nobody wants to hear from you",
    "does nobody want to hear from you?",
    "who said nobody wants to hear from you?",
    "nobody wants to hear from you? nah that's not true",
    "why would i square up with you lol",
    '"get out of my dms" is such a mood',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord42_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target in (TargetKind.SECOND_PERSON, TargetKind.IMPERATIVE), text


@pytest.mark.parametrize("text", CLEAN)
def test_discord42_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
