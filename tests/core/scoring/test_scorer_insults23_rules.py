"""Shapes of the insults23 round (targeting_insults23, insults23_words), at default
settings: an identity group named beside a purge word whose own object is a thing or an
organisation ("ban all insurance companies", "ban all fireworks because immigrants ...")
and an animal word closing a plain list of beings ("men, women and animals alike") stay
clean; a group banned, deported or called animals stays aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a group, a person or a pronoun as the purge's object
    "ban all muslims",
    "ban all gay teachers from schools",
    "deport all the mexicans",
    "deport all of them, every last muslim",
    "ban all those people, the muslims are the problem",
    "ban all mosques and muslims",
    "kick out every gay couple from the church",
    "keep out all the illegals",
    "we must deport all illegal immigrants and their kids",
    # an animal word as a slur: a predicate, a likeness, "other", a list with a group
    "muslims are animals",
    "women are animals",
    "blacks and other animals",
    "men, women and other animals like you",
    "those immigrants act like animals",
    "refugees, rapists and animals, all of them",
    "jews, women and animals",
    "muslims and their animal behaviour",
    "arabs, dogs and other animals",
)

CLEAN = (
    # a thing or an organisation purged
    "he would annul gay marriage and ban all insurance companies from covering birth control",
    "they want to ban all fireworks because immigrants keep setting them off",
    "the school will ban all phones in class, even for the jewish kids",
    "the council voted to ban all cars from the old town, the muslim residents agreed",
    "kick out all the junk from the garage before the immigrants move in next door",
    # an animal word closing a list of beings
    "the flood killed men, women and animals alike",
    "they would have the right to attack any man, woman, child or animal",
    "women, children and their animals were evacuated first",
    "the storm hurt men and women and animals",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_insults23_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_insults23_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
