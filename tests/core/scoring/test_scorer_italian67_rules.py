"""Shapes of the italian67 round (targeting_italian67, italian67_words), at default
settings: a named group said to be Nazis in Italian, opening its sentence ("gli ucraini
sono tutti nazisti", "gli ebrei sono un popolo di nazisti"), is aimed at the group;
history, the Nazis themselves, "nazisti" only beside a group's name, negations, reports,
counter-speech and questions stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the group said to be Nazis, opening its sentence
    "gli ucraini sono nazisti",
    "i russi sono tutti nazisti",
    "gli ebrei sono un popolo di nazisti",
    "gli americani sono solo dei nazisti",
    "i sionisti sono peggio dei nazisti",
    "le femministe sono tutte naziste",
    "gli ucraini so tutti neonazisti",
    "ormai gli ucraini sono nazisti",
    "secondo me i russi sono un branco di nazisti",
    "i russi sono come i nazisti",
    "sti ucraini sono dei nazisti di merda",
)

CLEAN = (
    # history
    "i nazisti deportarono gli ebrei",
    "gli ebrei furono perseguitati dai nazisti",
    "i nazisti tedeschi invasero la polonia",
    "i tedeschi erano nazisti",
    "gli ebrei sono stati uccisi dai nazisti",
    "come fecero i nazisti. ebrei e zingari ne furono vittime",
    # the Nazis themselves, things
    "odio i nazisti",
    "i neonazisti vanno fermati",
    "la germania nazista",
    "la propaganda nazista",
    "sei un nazista della grammatica",
    # "nazisti" only beside a group's name: news on the dev data is labelled both ways
    "i nazisti ucraini del battaglione azov",
    # negations, reports, counter-speech, questions
    "gli ucraini non sono nazisti",
    "non tutti i russi sono nazisti",
    "putin dice che gli ucraini sono nazisti",
    "dire che i russi sono nazisti e propaganda",
    "gli ebrei sono nazisti?",
    # neutral mentions
    "gli ucraini sono un popolo fiero",
    "il mio vicino e ucraino",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian67_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian67_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("gli ucraini sono tutti nazisti").target is TargetKind.GROUP
    assert scorer.score("gli ebrei sono un popolo di nazisti").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_italian67_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
