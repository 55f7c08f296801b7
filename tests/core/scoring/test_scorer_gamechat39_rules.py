"""Shapes of the gamechat39 round (targeting_gamechat39, gamechat39_words), at default
settings: a third person's, a role's or a hero's play called shit ("his aim is shit",
"our jungler's rotations are trash", "pudge's hooks are ass") and a role called shit
("their support was so shit"); with the look-alikes that stay clean (the writer's own
play or side, the game, the gear, praise, the verdict going on, negated, asked,
reported, no player before "'s", a hero's kit, everyday things)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a third person's play
    "his aim is shit",
    "her rotations were crap all game",
    "their drafts are garbage",
    "his decision making was ass lol",
    "his hero pick was so fucking shit",
    "i think his aim is shit",
    # a role's or a hero's play, with or without the apostrophe
    "our jungler's rotations are trash",
    "mid's build is garbage",
    "pudge's hooks are ass",
    "the enemy carry's farm was shit",
    "junglers pathing is dogshit",
    "axe's blinks were shit today",
    # a role or a hero as the subject
    "their support was so shit",
    "our carry was shit mid",
    "the enemy offlaner was crap",
    "our tiny was shit",
    "that jungler was shit",
)

CLEAN = (
    # the writer's own play or side, the game, the gear
    "my aim is shit today",
    "our rotations were shit, our fault",
    "our team's rotations were shit",
    "the servers are shit",
    "his mic is shit",
    "their jungler's pc is garbage",
    "the shop's items are trash",
    "this hero is trash",
    "this slark is trash",
    "their ult is trash",
    "invoker's ult was shit",
    "this storm was shit",
    "the support was shit",
    # praise, the verdict going on, negated, asked, reported, supposed
    "his aim is insane",
    "their support was shit-hot",
    "his aim was shit hot",
    "his aim is shit but he carried",
    "his aim isn't shit",
    "not saying his aim is shit",
    "is his aim shit or is it lag?",
    "was their carry's build shit?",
    "he said his aim was shit",
    "she thinks his build is trash",
    "if his aim is shit then swap",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat39_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.THIRD_PERSON, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat39_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
