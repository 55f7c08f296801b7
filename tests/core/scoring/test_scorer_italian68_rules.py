"""Shapes of the italian68 round (targeting_italian68, italian68_words), at default
settings: one member of a named group pointed at with a demonstrative ("quel", "quella",
"questo", chat's "sto", "sta") opening its sentence and put down by an older insult or
identity line over the copula ("quel marocchino è un ladro", "sta rumena puzza", "sto
rumeno ruba sempre") is aimed at the group; neutral mentions, the restaurant and the
coffee, news, negations, counter-speech, reports, questions and quotes stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the member right before the put-down
    "sta rumena puzza",
    "sto rumeno ruba sempre",
    "questa marocchina puzza",
    "sto albanese ruba",
    # over the copula and its article
    "quel marocchino è un ladro",
    "questo rumeno è un criminale",
    "questa rumena è una ladra",
    "sto albanese è un delinquente",
    "questo albanese è proprio un criminale",
    "questa zingara è una ladra",
    # the restaurant's and the coffee's words before a put-down of a person
    "quel cinese è uno schifoso",
    "sto marocchino spaccia",
    # over a speaker's opener
    "ma quel marocchino è un delinquente",
    "raga sto rumeno è un ladro",
    "secondo me quel tunisino è un criminale",
)

CLEAN = (
    # neutral mentions
    "quel marocchino del bar è simpatico",
    "il mio vicino è rumeno",
    "quella rumena è la mia collega",
    "sta rumena cucina benissimo",
    # the restaurant and the coffee
    "questo cinese è uno schifo",
    "sto marocchino è uno schifo",
    "quel marocchino puzza di bruciato",
    "sto cinese puzza",
    # news
    "un marocchino è stato arrestato",
    "quel marocchino è stato arrestato ieri",
    # people who are no group
    "sto ladro mi ha rubato la bici",
    # negations
    "quel rumeno non è un ladro",
    "sto albanese non ruba niente",
    # counter-speech and reports, the pointer not opening its sentence
    "dire che quel rumeno ruba perché è rumeno è razzismo",
    "chi dice che sto marocchino è un ladro è un razzista",
    "mio cugino dice che sto albanese è un delinquente",
    # questions and quotes
    "quel marocchino è un ladro?",
    '"sto albanese è un delinquente"',
    # self-directed
    "sono rumeno e non sono un ladro",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian68_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.GROUP, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian68_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
