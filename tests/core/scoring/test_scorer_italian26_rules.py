"""Shapes of the italian26 round (targeting_italian26, italian26_words), at default
settings: a party or ideological label with a swearing tail ("comunista di merda", "i
piddini del cazzo"), and the southern "si" for "sei" before an insult ("si scemo?"); with
the look-alikes that stay clean (the tail on a thing, the label as an adjective of a
thing, the writer's own label, a reported call, "si" as a reflexive or a "yes", friendly
swearing). Each rule's lines were written after it.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a label with a swearing tail
    "stalinista di merda",
    "i leghisti del cazzo votano sempre così",
    "quel fascio demmerda del vicino",
    "zitto piddino di merda",
    "brutto grillino di merda",
    "siete dei comunisti di merda",
    "questi sono sovranisti di merda",
    "no vax di merda",
    "mi fa schifo quel giornalista di merda",
    "sporco renziano del cazzo",
    # the southern "si" for "sei"
    "si scemo o cosa?",
    "ma si stupido?",
    "ma tu si proprio cretino",
    "si nu deficiente",
)

CLEAN = (
    # the tail on a thing, a label as an adjective of a thing
    "che giornata di merda",
    "che governo di merda",
    "un programma politico di merda",
    "il partito comunista di merda",
    "la propaganda femminista di merda",
    "ha fatto un discorso populista di merda",
    # the writer, a reported call, a label without a tail
    "sono un comunista di merda",
    "mi sento un giornalista di merda",
    "mi ha dato del fascista di merda",
    "gli hanno urlato leghista di merda",
    '"comunista di merda" mi ha scritto',
    "mio nonno era comunista",
    "ho trovato una zecca di merda sul cane",
    # "si" as a reflexive or a "yes"
    "si, scemo io che ci ho creduto",
    "si scemo io",
    "si diventa scemi con sto caldo",
    "si fa lo scemo per non pagare",
    "si, bravissimo",
    "mi ha detto si scemo",
    # friendly swearing
    "porca miseria che partita",
    "cazzo bravissimi",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian26_shapes_are_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian26_lookalikes_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
