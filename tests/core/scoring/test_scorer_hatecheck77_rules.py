"""Shapes of the hatecheck77 round (targeting_hatecheck77, hatecheck77_words), at default
settings: hatecheck73's split verbs of killing ("wipe <group> out", "gun <group> down")
given as the writer's opinion or suggestion ("i think we should wipe the jews out", "i
say we gun the refugees down"), and "wipe <group> off the map" or "off the planet"
ordered, intended or given as an opinion ("lets wipe the immigrants off the map") are
aimed at the group; news and history, others' plans, games and things, negations,
questions, reports, quotes and counter-speech stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # an opinion or a suggestion before the split verb
    "i think we should wipe the jews out",
    "i reckon we need to gun the immigrants down",
    "i say we wipe all the muslims out",
    "i vote we mow the refugees down",
    "honestly i believe someone should string the gays up",
    "i feel like we gotta stamp the gypsies out for good",
    "i guess we should wipe every jew out and move on",
    "personally i think somebody needs to gun the arabs down",
    # wiped off the map, the planet, the earth
    "lets wipe the immigrants off the map",
    "wipe the jews off the planet",
    "we should wipe all the muslims off the map",
    "someone needs to wipe the gays off the earth",
    "i will wipe every last refugee off this planet",
    "i think we should wipe the gypsies off the map once and for all",
    "just wipe the mexicans from the face of the earth",
)

CLEAN = (
    # news, history and others' plans
    "the nazis tried to wipe the jews out",
    "the nazis tried to wipe the jews off the map",
    "they want to wipe the muslims off the map",
    "i think the nazis wanted to wipe the jews off the map",
    # games and things
    "lets wipe the enemy team off the map",
    "i think we should wipe the floor with them",
    "i think we should stamp the fire out",
    "gg lets wipe the germans off the map next round",
    "i think we should wipe the immigrants' debts out",
    # others, negations and questions
    "i think they should wipe the jews out",
    "i dont think we should wipe the jews out",
    "i think we should never wipe the muslims out",
    "i think we should wipe the jews out?",
    "i think we will wipe the jews out in the final",
    # reports, quotes and counter-speech
    "he said i think we should wipe the jews out",
    "my dad says we should wipe the muslims out",
    "saying 'wipe the jews off the map' is vile",
    "stop saying we should wipe the refugees off the map",
    # kind calls
    "i think we should welcome the refugees",
    "i say we help the immigrants out",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck77_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck77_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("i think we should wipe the jews out").target is TargetKind.GROUP
    assert scorer.score("lets wipe the immigrants off the map").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck77_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
