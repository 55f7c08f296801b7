"""Shapes of the italian61 round (targeting_italian61, italian61_words), at default
settings: a named group reduced to a burden ("i disabili sono solo bocche da sfamare",
"gli immigrati sono un fardello per lo stato", "i migranti sono tutti mantenuti") or to
a defect or a plague ("i gay sono difettosi", "gli zingari sono la peste", "i trans sono
uno scherzo della natura") is aimed at the group; things, oneself, people who are no
group, the participle's other uses, negations, questions, reports and counter-speech
stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the burden
    "i profughi sono solo delle bocche da sfamare",
    "le donne sono un fardello per la società",
    "i rom sono un onere per i comuni",
    "gli stranieri sono tutti mantenuti dallo stato",
    "i musulmani sono dei mantenuti",
    "i meridionali sono una palla al piede per il nord",
    "i disabili sono un salasso per la sanità",
    "i migranti sono solo costi",
    "gli immigrati sono tutti dei pesi morti",
    "tutti i disabili sono un fardello",
    # the defect, the plague
    "le lesbiche sono malformate",
    "i neri sono difettosi",
    "gli omosessuali sono errori",
    "i musulmani sono la peste",
    "le persone trans sono uno scherzo della natura",
)

CLEAN = (
    # things, oneself, people who are no group
    "questo prestito è un fardello",
    "l'onere della spesa ricade sui comuni",
    "questo abbonamento è un salasso",
    "mi sento un fardello",
    "le lampadine erano difettose",
    "gli errori di battitura sono la peste dei forum",
    "i miei fratelli sono mantenuti dai nonni",
    "i costi dell'energia sono alti",
    "la mia vecchia auto era uno scherzo della natura",
    # the participle's other uses
    "i disabili sono mantenuti in vita dalle macchine",
    "i migranti sono mantenuti in condizioni disumane",
    # negations, questions, reports, counter-speech
    "i disabili non sono un fardello",
    "le donne non sono difettose",
    "gli immigrati sono un onere?",
    "dire che i rom sono la peste è razzismo",
    "secondo mio zio i disabili sono dei mantenuti, che vergogna",
    "è falso che gli immigrati siano un salasso",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian61_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian61_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("i disabili sono solo bocche da sfamare").target is TargetKind.GROUP
    assert scorer.score("gli immigrati sono un fardello").target is TargetKind.GROUP
    assert scorer.score("gli zingari sono la peste").target is TargetKind.GROUP
    assert scorer.score("i trans sono uno scherzo della natura").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_italian61_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
