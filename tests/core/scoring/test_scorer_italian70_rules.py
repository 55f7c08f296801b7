"""Shapes of the italian70 round (targeting_italian70, italian70_words), at default
settings: a named group likened to vermin after "come" ("i cinesi sono come insetti", "gli
africani sono come vampiri"), said to be insects ("gli zingari sono mosche"), or denied
its humanity ("gli ebrei non fanno parte dell'umanità", "i musulmani sono mezzi uomini",
"gli immigrati sono sub-umani", "gli immigrati non meritano di essere chiamati persone")
is aimed at the group; real animals, neutral mentions, another's words about a group,
questions, counter-speech and reports stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # vermin, plain or in a simile
    "i marocchini sono come insetti",
    "gli ebrei sono tutti come vampiri",
    "i rom sono come delle sanguisughe",
    "gli immigrati sono come cavallette",
    "i musulmani sono insetti",
    "gli albanesi sono delle mosche",
    "secondo me i nigeriani sono come parassiti",
    # humanity denied
    "gli arabi non fanno parte dell'umanità",
    "i gay non appartengono al genere umano",
    "gli zingari sono solo mezzi uomini",
    "le donne sono mezze persone",
    "i neri sono sub-umani",
    "gli ebrei sono esseri sotto-umani",
    "i musulmani non meritano di essere chiamati esseri umani",
    "secondo me i rom non meritano di essere chiamati persone",
)

CLEAN = (
    # real animals and things
    "le zanzare sono insetti",
    "i ragni sono come insetti ma hanno otto zampe",
    "i pipistrelli sono come vampiri",
    "le mosche sono ovunque",
    "i cani non fanno parte del genere umano",
    # neutral mentions
    "i cinesi sono come noi",
    "gli ebrei fanno parte dell'umanità",
    "i musulmani meritano di essere chiamati persone",
    "i rom sono esseri umani",
    "mio padre si sente un mezzo uomo",
    # another's words, questions, counter-speech and reports
    "i nazisti chiamavano gli ebrei sotto-uomini",
    "gli arabi sono insetti? ma che dici",
    "dire che i musulmani sono come insetti è razzismo",
    "è falso che gli zingari non fanno parte dell'umanità",
    "il politico ha detto che i migranti sono come cavallette",
    "basta dire che i gay sono mezzi uomini",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian70_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian70_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("i marocchini sono come insetti").target is TargetKind.GROUP
    assert scorer.score("gli arabi non fanno parte dell'umanità").target is TargetKind.GROUP
    text = "i musulmani non meritano di essere chiamati esseri umani"
    assert scorer.score(text).target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_italian70_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
