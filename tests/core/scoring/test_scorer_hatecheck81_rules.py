"""Shapes of the hatecheck81 round (targeting_hatecheck81, hatecheck81_words), at default
settings: a named group left to die by neglect, wished ("i hope the muslims starve", "let
the refugees starve") or ordered ("leave the migrants to die"), is aimed at the group;
sympathy and news, denials, things, plants and game units, questions, counter-speech and
reports stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the wish or the order "let", a named group and a death by neglect
    "let the refugees starve",
    "let the immigrants rot in their camps",
    "so let the jews freeze",
    "let every migrant starve to death",
    "i hope the muslims starve",
    "i hope the asylum seekers freeze to death this winter",
    "i want the gypsies to starve",
    "i wish the refugees would rot",
    # "leave", a named group and "to" a death
    "leave the migrants to die",
    "leave the muslims to starve",
    "just leave the refugees to drown at sea",
    "we should leave the immigrants to freeze",
    "leave the jews to suffer",
    "leave all the gays to rot",
)

CLEAN = (
    # sympathy, news, history and denials
    "the refugees are starving, please donate",
    "we cant let the refugees starve",
    "dont let the migrants die at sea",
    "millions starved under stalin",
    "we must not leave the immigrants to die",
    "i hope the refugees dont starve this winter",
    "they let the refugees starve and nobody cared",
    # things, plants and animals
    "let the dough rot",
    "let the tomatoes rot",
    "leave the plants to die back",
    "i hope the rats starve",
    # game chat
    "let the creeps die",
    "leave the tank to die",
    # questions, counter-speech and reports
    "should we let the migrants starve? no",
    "saying leave the refugees to die is monstrous",
    "he said we should let the muslims starve",
    # friendly swearing
    "fuck it, let the damn bread rot",
    "holy shit im starving",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck81_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck81_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("let the refugees starve").target is TargetKind.GROUP
    assert scorer.score("leave the migrants to die").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck81_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
