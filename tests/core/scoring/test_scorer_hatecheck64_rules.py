"""Shapes of the hatecheck64 round (targeting_hatecheck64, hatecheck64_words), at default
settings: a named group, most often one member after "a", "any", "every" or "your
average", said to have a vice as a habit ("a jew will always cheat you", "an immigrant is
always up to no good") or revealed by a saying ("show me a muslim and i'll show you a
terrorist", "scratch an immigrant and you'll find a criminal") is aimed at the group;
neutral singular mentions, people who are no group, negations,
counter-speech, reports and quotes stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a habit of vice, the member opening its sentence
    "a jew will always cheat you",
    "a muslim will always lie to you",
    "a woman will always betray you",
    "a trans woman will always deceive you",
    "a black guy will always try to scam you",
    "a refugee is always scheming",
    "an immigrant is always up to no good",
    "a gay man is always up to something",
    "a disabled person will always take advantage of you",
    "every muslim is always plotting",
    "each jew is always looking to swindle you",
    "your average immigrant will always rip you off",
    "honestly, a jew will always cheat you",
    "trust me, a muslim will always betray you",
    "jews will always cheat you",
    # the reveal
    "show me a muslim and i'll show you a terrorist",
    "show me an immigrant and i will show you a criminal",
    "show me a jew and i'll show you a thief",
    "scratch a muslim and you'll find a terrorist",
    "scratch any immigrant and you find a criminal",
    "show me a trans person and i'll show you a predator",
)

CLEAN = (
    # neutral singular mentions
    "a muslim friend of mine helped me move house",
    "a woman scored the winner last night",
    "a jew will always be welcome at my table",
    "a black guy from my class always helps me with maths",
    "a trans woman will always be a woman",
    "a disabled person will always find a seat on this bus",
    "a gay man is always up to date with fashion",
    "a muslim will always have my back",
    # people who are no group, things
    "my brother will always cheat you at monopoly",
    "that guy is always scheming something",
    "the villain is always up to no good",
    "a scammer will always lie to you",
    "show me your friends and i'll show you your future",
    "scratch a lottery ticket and you might find a winner",
    "the black cat is always plotting",
    # negations, conditions, counter-speech, reports and quotes
    "a jew would never cheat you",
    "if a muslim is always plotting, report him",
    "saying a jew will always cheat you is antisemitic",
    "he said a muslim will always lie to you and got banned",
    "it's a lie that an immigrant is always up to no good",
    "stop saying show me a muslim and i'll show you a terrorist",
    "people who think a black guy will always rob you are racists",
    "the old line 'scratch a jew and you'll find a swindler' is pure hate",
    "my grandma used to say show me a jew and i'll show you a thief, she was wrong",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck64_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck64_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("a jew will always cheat you").target is TargetKind.GROUP
    assert scorer.score("show me a muslim and i'll show you a terrorist").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck64_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
