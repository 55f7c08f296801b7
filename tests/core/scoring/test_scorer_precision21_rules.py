"""Shapes of the precision21 round (targeting_precision21, precision21_words), at default
settings: a name-call the writer is sorry for, slurs or insults listed and named as words
and a name-call told with a third person's speech tag stay clean; the same words said
now, kept after the apology, asked about, denied, listed at someone, said by the writer
or taken up after the tag stay aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the name-call said now, kept, asked about or the apology denied
    "sorry but youre a dyke",
    "i called him a faggot and i meant every word",
    "sorry i called you a tranny, but you are one",
    "sorry i called you a retard, you are one",
    "why should i apologize for calling you a dyke",
    "i dont regret calling you a dyke",
    "i feel bad for you, you retard",
    "sorry to say but you are a moron",
    "sorry to say it but ur a dyke",
    "i'm sorry ur mom raised a retard",
    # the slurs listed at someone
    "you dyke and faggot, words fail me",
    "shut up faggot and tranny",
    "retard and spaz, words that describe you",
    "slut and whore, the words you deserve",
    "faggot and retard, thats what you are",
    "ur a dyke and a tranny",
    # the writer's own words, or a speech tag the writer takes up
    "you moron i yelled at him",
    "get lost creep, she said, and i agree",
    "you're a clown he said and honestly true",
    "shut up loser he said? no you shut up",
    "you dumb idiot he is",
    "shut up moron, the video says it all",
)

CLEAN = (
    # a name-call the writer is sorry for
    "i feel so bad for calling you a faggot",
    "im sorry i called u a tranny back then",
    "sorry for saying you were a dyke",
    "i apologize for calling you a retard, i was out of line",
    "i was really wrong to call you a dyke",
    "i regret calling you guys retards",
    "i'm sorry i said you were a slut",
    # slurs or insults listed and named as words
    "faggot and dyke are words i dont use",
    "retard and spaz, two words my teacher banned",
    "slut and whore are words used to shame girls",
    "tranny, faggot and dyke are all slurs",
    "retard or spaz are not words for the classroom",
    "nigger and kike, the worst words in the language",
    # a name-call told with a third person's speech tag after it
    "you moron he yelled at the referee",
    "get lost creep, she said to the guy at the bar",
    "you're a clown, my brother told him",
    "shut up loser the bully snarled",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_precision21_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_precision21_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
