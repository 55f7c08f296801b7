"""Shapes of the hatecheck70 round (targeting_hatecheck70, hatecheck70_words), at default
settings: violence ordered bare against a named group, a violent verb opening its
sentence over chat's openers, then the group or one member over "the", "all", "every",
"those" ("bomb the muslims", "just shoot the immigrants", "somebody pls hang the gays",
"shoot every muslim you see") is aimed at the group; games and things, a thing after a
group's adjective, a game or a thing handed after the group, negations, reports,
questions, counter-speech and quotes stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the bare order
    "bomb the muslims",
    "shoot the immigrants",
    "burn the jews",
    "hang the gays",
    "lynch the blacks",
    "drown the refugees",
    "stab muslims",
    # the round's own verbs
    "nuke the muslims",
    "execute the immigrants",
    "behead the jews",
    "massacre the gays",
    # over chat's openers, determiners and tails
    "just torch the refugees",
    "lets burn the immigrants",
    "go hunt the jews tonight",
    "somebody pls shoot the gays",
    "someone bomb the jews already",
    "honestly, punch every muslim you see",
    "hang every gay in this town",
    "shoot the fucking immigrants lol",
    "burn them jews and be done with it",
)

CLEAN = (
    # games and things: no group after the verb
    "shoot the zombies",
    "bomb the enemy base",
    "burn the witch",
    "shoot the messenger",
    "burn the bridges",
    "nuke the enemy base",
    "execute the plan",
    # a thing after a group's adjective; a game, a thing handed or owned after the group
    "burn the muslim ban",
    "hang the black curtains",
    "bomb the jewish quarter on this map",
    "beat the immigrants at soccer",
    "punch the women in the game",
    "shoot the muslims a message",
    "hang the gays' pride flag",
    # negations and reports: the verb not opening its sentence
    "don't shoot the immigrants, they're refugees",
    "nobody should hang the gays",
    "they shot the protesters",
    "the nazis gassed the jews",
    "they massacred the muslims in srebrenica",
    "he said to shoot the immigrants and got arrested",
    # questions, counter-speech and quotes
    "who would bomb the muslims?",
    "nuke the muslims?",
    "stop saying burn the jews, it's disgusting",
    '"burn the jews" was their chant',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck70_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck70_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("bomb the muslims").target is TargetKind.GROUP
    assert scorer.score("somebody pls hang the gays").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck70_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
