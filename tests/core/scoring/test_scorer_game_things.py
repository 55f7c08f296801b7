"""Swearing at game mechanics and gear is venting, not an attack on a player.

The chat name-call rule reads an unknown word after a curse as a player's or hero's
name ("fuck pudge"); words for maps, netcode and hardware are things players curse
at every day, so they are listed as things and never read as names.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

SCORER = Scorer()

CLEAN = [
    "fucking payload",
    "fuck hitreg",
    "fucking desync again",
    "fucking mouse",
    "fucking controller",
    "fucking physics",
    "shitty hitboxes",
    "stupid mic",
    "fucking netcode",
    "this level is a bitch",
    "this map is a bitch",
    "fuck this dungeon",
    "fucking respawn timer",
    "fanculo la connessione",
    "sto livello di merda",
    "fanculo la mappa",
]

HOSTILE = [
    "fucking tusk",
    "fuck pudge",
    "fuck this guy",
    "this girl is a bitch",
    "this artist is an idiot",
    "fuck you and your mouse",
    "fanculo il jungler",
]


@pytest.mark.parametrize("text", CLEAN)
def test_cursing_game_things_stays_clean(text: str) -> None:
    assert not SCORER.score(text).hostile


@pytest.mark.parametrize("text", HOSTILE)
def test_cursing_players_stays_hostile(text: str) -> None:
    assert SCORER.score(text).hostile
