"""Shapes of the precision31 round (targeting_precision31, precision31_words), at default
settings: the writer's own name-call with "that" or after a plan ("i'm that asshole who
always parks badly", "i hate to be that bitch but"), and a generic "you"'s body part in
an act on it ("wear a cup or you'll hurt your dick"), stay clean; the same words said of
the reader or a third person, the writer's act on the reader's body, an order and a wish
stay aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # "that" name-call said of the reader or a third person
    "you're that asshole who steals kills",
    "he's that asshole who always leaves early",
    "don't be that asshole who leaves early",
    "i think you'll be that asshole who ruins it",
    "you should be sorry for being that asshole",
    "i'm sure she was that bitch who reported me",
    "sorry, you were that asshole",
    "i'll let him be that asshole",
    "i am that bitch's worst nightmare",
    "i'll go and be an asshole and troll you",
    # a genital word: the writer's act, an order, a wish, a name-call, a mention
    "i'll cut off your dick",
    "bro i'll hurt your dick",
    "i want to touch your dick",
    "cut off your dick",
    "someone should cut off your dick",
    "i hope they cut off your dick",
    "nobody wants to see your dick",
    "you dick",
    "@bob wear a cup or you'll hurt your dick",
)

CLEAN = (
    "i'm that asshole who always parks badly",
    "im that idiot who forgot the keys",
    "i am that bitch and i know it",
    "guess i'm that asshole now",
    "i hate to be that bitch but the rules say no",
    "i'm gonna be that asshole who spoils it",
    "i was being that jerk again, my bad",
    "sorry for being that asshole earlier",
    "sorry to be that bitch, but can we start",
    "we were that idiot squad lol",
    "i'll go and be an asshole and troll everyone",
    "cutting off your dick to stop crime is pointless",
    "wear a cup or you'll hurt your dick",
    "you could burn your dick on that seat lol",
    "they grab there pussy on the bus and laugh",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_precision31_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_precision31_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_precision31_own_name_call_is_self_directed(scorer: Scorer) -> None:
    assert scorer.score("i'm that asshole who always parks badly").target is TargetKind.SELF
