"""Shapes of the italian34 round (targeting_italian34, italian34_words and its lexicon
lines), at default settings: an Italian identity group said not to work ("i rom non
lavorano", "gli immigrati non fanno niente") or wished away ("sarebbe meglio se gli
zingari se ne andassero"); with the look-alikes that stay clean (the same words said of
politicians, colleagues, a thing or oneself, countered, asked, quoted, reported, nothing
of a kind done, a wish no one holds, the surname Zingaretti)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a group said not to work
    "i rom non lavorano",
    "gli zingari non lavorano",
    "gli immigrati non fanno niente",
    "gli stranieri non fanno nulla tutto il giorno",
    "i rom non vogliono fare niente",
    "gli zingari non fanno un cazzo",
    "i musulmani non lavorano",
    # a group wished away
    "sarebbe meglio se gli zingari se ne andassero",
    "vorrei che i rom se ne andassero",
    "magari gli immigrati se ne andassero tutti",
    "sarebbe meglio se i neri tornassero al loro paese",
    "i musulmani se ne tornino a casa",
    # the older shapes, kept
    "gli immigrati non pagano le tasse",
    "i rom non lavorano mai",
    "che i rom se ne vadano",
)

CLEAN = (
    # no identity group
    "i politici non lavorano",
    "i parlamentari non pagano",
    "i miei colleghi non lavorano oggi",
    "oggi non lavoro",
    "Zingaretti non lavora",
    "Zingaretti se ne deve andare",
    "sarebbe meglio se i turisti se ne andassero prima di sera",
    "vorrei che i miei vicini se ne andassero in vacanza",
    # countered, asked, quoted, reported
    "non è vero che i rom non lavorano",
    "dire che gli immigrati non pagano le tasse è falso",
    "gli immigrati non lavorano?",
    '"i rom non lavorano" è un pregiudizio',
    "mio zio dice che gli stranieri non fanno niente, ma sbaglia",
    # nothing of a kind done, a wish no one holds, facts
    "gli immigrati non fanno niente di male",
    "nessuno vuole che i musulmani se ne vadano",
    "molti immigrati pagano le tasse",
    "i rom se ne sono andati dal campo ieri",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian34_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian34_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
