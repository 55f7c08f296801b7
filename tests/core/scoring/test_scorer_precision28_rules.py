"""Shapes of the precision28 round (targeting_precision28, precision28_words), at default
settings: a threat to the reader that a third person will carry out, said as a warning
or in jest ("she's gonna kill you when she finds out", "they will dox you if you post
that", "their jungler is gonna destroy you") stays clean; the writer's own threat, the
writer's people, an ominous someone, a wish and an identity group as the doer stay
aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the writer's own threat, or the writer among the doers
    "i'm going to kill you",
    "i'll beat you up tomorrow",
    "we are gonna hunt you down",
    "he and i will beat you up",
    "me and the lads are gonna beat you up",
    "she's gonna kill you and i'll help",
    "we know where you live, they will come for you",
    # the writer's people: a threat by proxy
    "my boys will beat you up",
    "my brother is going to kill you",
    "our guys will hunt you down",
    # an ominous someone, people at large
    "someone is going to kill you",
    "somebody will hurt you soon",
    # a wish or a call
    "someone should beat you up",
    "hopefully they'll hunt you down",
    "i hope they will hunt you down",
    # an identity group as the doer
    "immigrants are going to hurt you",
    "black guys will beat you up",
    "refugees come here and they will beat you up",
    # harm on "your ass" stays aimed whoever does it (formspring2)
    "she gonna whoop yo ass tomorrow",
    "your mom is gonna kick your ass",
    # no doer before the threat
    "gonna kill you",
)

CLEAN = (
    "she's gonna kill you when she finds out",
    "your dad is going to murder you lol",
    "they will dox you if you post that",
    "careful, he will beat you up if he finds out",
    "those guys will hurt you, stay away",
    "their jungler is gonna kill you, ward up",
    "the mods will hunt you down for that pun",
    "coach is gonna kill you for skipping practice",
    "the bank will ruin your life with those fees",
    "watch out, they'll come for you next",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_precision28_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_precision28_own_threat_is_at_the_reader(scorer: Scorer) -> None:
    assert scorer.score("i'm going to kill you").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_precision28_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
