"""Shapes of the gamechat38 round (targeting_gamechat38, gamechat38_words and its lexicon
lines), at default settings: the reader's play called shit ("your aim is shit", "u were
shit", "your rotations are shit", "ur game sense is trash") and the reader called a bare
vulgar noun ("u fuck", "you shits", "u lucky fuck"); with the look-alikes that stay
clean (the writer's own play, the game or the gear, praise, negated, asked, reported,
the verdict going on, "fuck" and "shit" as verbs after "you")."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the reader's play called shit
    "your aim is shit",
    "ur aim was shit all game",
    "your rotations were crap",
    "your positioning is so shit",
    "your decision making was ass",
    "ur crosshair placement is garbage",
    "your builds are fucking shit",
    "tbh your ult timing was shit lol",
    "your calls were shit",
    # the reader as the subject
    "u were shit",
    "you was shit top",
    "you were so shit today",
    # the reader called a bare vulgar noun
    "u fuck",
    "you fuck!",
    "you shits",
    "ya shit",
    "u lucky fuck",
    "you sneaky fuck lol",
    "ya greedy shit",
    "took my farm again you selfish fuck",
    "why would you ult that, u fuck",
    # older lines the overlap keeps
    "can you fuck off already",
    "u fuck ur mom",
)

CLEAN = (
    # the writer's own play, the game, the gear
    "my aim is shit today",
    "my rotations were shit, my bad",
    "the aim in this game is shit",
    "this patch is shit",
    "your mic is shit",
    "your internet was shit",
    # praise, negated, asked, reported, going on
    "your aim is insane",
    "your aim is the shit",
    "not saying your aim is shit",
    "was your build shit too?",
    "your aim is shit?",
    "he said your aim was shit",
    "you were shit out of luck",
    "you were shit on by their jungler",
    # "fuck" and "shit" as verbs after "you"
    "did you fuck up the build",
    "if you fuck it up we just reset",
    "you shit on them",
    "you fuck up once and its over",
    "when you shit talk you lose",
    "thank you fuck",
    "love you shits",
    # no noun, or the older benign line
    "you lucky",
    "you lucky duck",
    "it was shit",
    "the servers were shit",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat38_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target in (TargetKind.SECOND_PERSON, TargetKind.IMPERATIVE), text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat38_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
