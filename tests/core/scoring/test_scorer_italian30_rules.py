"""Shapes of the italian30 round (targeting_italian30, italian30_words), at default
settings: a public figure named by surname as the subject of disgust or an insult, or
closing a sentence the disgust opens; a named group said to cost too much; with the
look-alikes that stay clean: a surname with praise or a neutral verb, the same frames at
things, the figure reporting or not the subject, denials, sayings, quotes, the writer's
own, a cost of things for the group, a cost too low."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a surname opening its sentence as the subject of disgust or an insult
    "renzi fa schifo",
    "salvini mi fa schifo",
    "la meloni fa schifo",
    "draghi fa schifo come sempre",
    "calenda fa pena",
    "la meloni è una vergogna",
    "salvini è una vergogna per l'italia",
    "renzi è uno schifo",
    "la boldrini mi fa proprio schifo",
    "di maio è un idiota",
    "la schlein è ridicola",
    "zelensky è una vergogna",
    # the surname closing a sentence the disgust opens
    "mi fa schifo salvini",
    "è una vergogna la meloni",
    "fa schifo renzi",
    # a named group said to cost too much
    "i disabili costano troppo allo stato",
    "gli immigrati costano troppo",
    "gli immigrati ci costano troppo",
    "i rom costano troppo ai contribuenti",
    "i profughi ci costano troppo",
)

CLEAN = (
    # a surname with praise or a neutral verb
    "renzi fa un discorso",
    "salvini è a roma",
    "la meloni parla oggi in tv",
    "renzi è un genio",
    "salvini è un mostro",
    # denied, not the subject, reported, quoted, gone on
    "salvini non fa schifo",
    "la pizza di salvini fa schifo",
    "votare salvini è una vergogna",
    "secondo salvini l'italia fa schifo",
    "salvini: la sanità fa schifo",
    "renzi dice che il paese fa schifo",
    "chi dice che la meloni fa schifo non sa niente",
    '"salvini fa schifo" dicono i suoi nemici',
    "mi fa schifo, salvini",
    "mi fa schifo salvini quando parla",
    # the same frames at things, the writer's own
    "il traffico fa schifo",
    "questa legge è una vergogna",
    "è una vergogna",
    "mi faccio schifo da solo",
    "io e salvini facciamo schifo a briscola",
    # costs of things, costs too low, denied, said
    "la benzina costa troppo",
    "le case costano troppo",
    "i bambini costano troppo",
    "i farmaci per i disabili costano troppo",
    "le cure costano troppo agli anziani",
    "i disabili non costano troppo",
    "gli immigrati costano troppo poco",
    "dire che i disabili costano troppo è ignobile",
    "non è vero che gli immigrati costano troppo",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian30_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian30_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
