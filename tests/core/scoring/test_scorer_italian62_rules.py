"""Shapes of the italian62 round (targeting_italian62, italian62_words), at default
settings: harm wished on all of a group, the group left to "tutti" or to the thread
("speriamo che affoghino tutti", "magari crepassero tutti", "che crepino"), or on the
boats that carry it ("speriamo che affondino i barconi", "magari affondasse il gommone"),
is aimed at the group; wishes that are no harm, harm wished on things, idioms, negations,
questions, news, reports and counter-speech stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # all of them
    "che crepino tutti quanti!",
    "speriamo che anneghino tutte",
    "magari morissero tutti quanti",
    "spero davvero che muoiano tutti",
    "mi auguro che brucino tutti",
    "che schiattino",
    "magari schiattassero tutti",
    "che marcissero tutti in galera",
    "ci auguriamo che affoghino tutti in fondo al mare",
    "ecco, che muoiano tutti",
    "vorrei che crepassero tutti",
    # the boats
    "speriamo che affondino tutti quei barconi",
    "che affondasse il barcone",
    "magari affondassero i gommoni",
    "spero che affondi ogni barcone",
    "speriamo che quel gommone affondi",
    "che affondino le navi delle ong",
)

CLEAN = (
    # wishes that are no harm
    "speriamo che tornino tutti sani",
    "spero che passino tutti l'esame",
    "vorrei che venissero tutti",
    "vorrei che morissero tutti i miei dubbi",
    "magari arrivassero tutti puntuali",
    # harm on things, idioms
    "spero che affondi il suo progetto",
    "magari affondasse la proposta di legge",
    "speriamo che muoiano tutte le piante infestanti",
    "magari bruciassero tutte le multe",
    "che muoiano tutti dal ridere",
    "spero che crepino d'invidia",
    "crepi il lupo!",
    "spero che la nave arrivi in porto",
    # negations, questions, news, reports, counter-speech
    "speriamo che non anneghino",
    "spero che i gommoni non affondino",
    "e se crepassero tutti?",
    "il barcone è affondato al largo",
    "temo che affondino tutti i barconi con questo mare",
    "ha scritto che spera che crepino tutti, vergognoso",
    "chi dice che affondino i barconi è un disumano",
    "speriamo che i soccorsi arrivino prima che affondino",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian62_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian62_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("che crepino tutti quanti!").target is TargetKind.GROUP
    assert scorer.score("speriamo che affondino tutti quei barconi").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_italian62_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
