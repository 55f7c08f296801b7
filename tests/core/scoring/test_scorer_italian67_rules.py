"""Shapes of the italian67 round (targeting_italian67, italian67_words), at default
settings: a named group called Nazis in Italian, said to be Nazis ("gli ucraini sono
tutti nazisti", "gli ebrei sono un popolo di nazisti") or with "nazisti" right before or
after its name ("i nazisti ucraini", "sti russi nazisti"), is aimed at the group;
history, the Nazis themselves, negations, reports, counter-speech and questions stay
clean."""

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
    # "nazisti" beside the group's name
    "i nazisti ucraini",
    "morte ai nazisti ucraini",
    "israele arma i neonazisti ucraini",
    "sti russi nazisti",
    "gli ebrei nazisti",
    "ucraini nazisti ovunque",
)

CLEAN = (
    # history
    "i nazisti deportarono gli ebrei",
    "gli ebrei furono perseguitati dai nazisti",
    "i nazisti tedeschi invasero la polonia",
    "i tedeschi nazisti occuparono roma",
    "i tedeschi erano nazisti",
    "i collaborazionisti nazisti ucraini nel 1943",
    "come fecero i nazisti. ebrei e zingari ne furono vittime",
    # the Nazis themselves, things
    "odio i nazisti",
    "i neonazisti vanno fermati",
    "la germania nazista",
    "la propaganda nazista",
    "sei un nazista della grammatica",
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
    assert scorer.score("i nazisti ucraini").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_italian67_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
