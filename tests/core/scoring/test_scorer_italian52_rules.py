"""Shapes of the italian52 round (targeting_italian52, italian52_words, its lexicon lines),
at default settings: a named group shot at or taken to with rifle fire, a named group shut
out by closed ports or borders, a named group's existence questioned by "perché", "down"
cursed as a person, "merdoso" and "a che servono" said of someone are hostile; sport,
photos, news, things, genuine questions, counter-speech, reported and quoted lines stay
clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a named group shot at
    "gli islamici andrebbero sparati",
    "i rom vanno sparati tutti",
    "spariamo ai froci",
    "i negri vanno presi a fucilate",
    "sparare a vista sugli zingari",
    # a named group shut out
    "chiudiamo i porti ai migranti",
    "chiudere i confini ai musulmani subito",
    "porti chiusi agli stranieri",
    # existence questioned
    "perché gli zingari esistono?",
    "perché mai le lesbiche devono esistere",
    "perche i musulmani esistono ancora?",
    "a che servono gli zingari?",
    # "down" cursed, "merdoso" at someone
    "sto down di merda",
    "down del cazzo",
    "sei proprio un merdoso",
    "brutta merdosa",
)

CLEAN = (
    # sport, photos, fireworks, a thing shot
    "ha sparato alto sopra la traversa",
    "spariamo qualche foto al mare",
    "spariamo i botti a mezzanotte",
    "il cacciatore ha sparato alle anatre",
    # ports and borders as news
    "chiudono i porti per la tempesta",
    "hanno deciso di chiudere i confini per il virus",
    "i porti chiusi bloccano le merci",
    # genuine questions, things, affirmations
    "perché esistono le stagioni?",
    "perché i musulmani non mangiano maiale?",
    "le persone disabili devono esistere senza barriere",
    "a che servono i polmoni?",
    # counter-speech, reported, quoted
    "mi ha chiesto perché i gay esistono, gli ho riso in faccia",
    "dire che i rom vanno sparati è da criminali",
    "'perché le donne esistono?' scriveva quel troll",
    # "down" as a state or a syndrome, "merdoso" of a thing
    "il server è down di merda",
    "mia nipote ha la sindrome di down",
    "che tempo merdoso oggi",
    # friendly swearing
    "minchia che tiro",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian52_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian52_existence_questioned_is_at_a_group(scorer: Scorer) -> None:
    assert scorer.score("perché le donne esistono?").target is TargetKind.GROUP


def test_italian52_cursed_down_is_at_a_person(scorer: Scorer) -> None:
    assert scorer.score("quel down di merda").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_italian52_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
