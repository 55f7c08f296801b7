"""Shapes of the italian72 round (targeting_italian72, italian72_words and the scorer's
"rom" pass), at default settings: a noun of people with a group word after it as its
adjective is the group ("i bambini rom sono tutti ladri", "non mi fido dei ragazzi
musulmani"); a nationality after a thing with an adjective before it names no group ("i
nuovi telefoni cinesi fanno schifo"), while a noun of people there ("i nuovi immigrati
cinesi sono sporchi") and the bare group ("i cinesi fanno schifo") stay aimed at the
group; neutral mentions, denials, reports and counter-speech stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a noun of people, then "rom" as its adjective
    "i bambini rom sono tutti dei ladri",
    "le famiglie rom sono feccia",
    "odio i ragazzi rom",
    "gli uomini rom sono delle bestie",
    "i giovani rom sono tutti spacciatori",
    "la comunita rom è una piaga",
    # a noun of people, then another group word, the writer's trust denied
    "non mi fido dei ragazzi musulmani",
    "non mi fiderei mai degli uomini neri",
    "non rispetto le donne musulmane",
    # the group still named after an adjective, or bare
    "i nuovi immigrati cinesi sono sporchi",
    "i nostri nuovi vicini cinesi sono sporchi",
    "i nuovi arrivati africani sono delinquenti",
    "i cinesi fanno schifo",
)

CLEAN = (
    # "rom" after a noun of people, said neutrally, denied or reported
    "i bambini rom vanno a scuola",
    "le famiglie rom chiedono solo una casa",
    "i ragazzi rom non sono ladri",
    "dire che i giovani rom sono ladri è razzismo",
    "una famiglia rom abita al piano di sopra",
    "mi fido dei ragazzi musulmani",
    # a nationality after an adjective and a thing
    "i nuovi telefoni cinesi fanno schifo",
    "le solite app cinesi sono spazzatura",
    "i miei vecchi telefoni cinesi fanno schifo",
    "odio i nuovi telefoni cinesi",
    "le nostre auto tedesche fanno schifo",
    "i ristoranti cinesi sono buoni",
    "cazzo che partita",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian72_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian72_aims(scorer: Scorer) -> None:
    assert scorer.score("i bambini rom sono tutti dei ladri").target is TargetKind.GROUP
    assert scorer.score("non mi fido dei ragazzi musulmani").target is TargetKind.GROUP
    assert scorer.score("i nuovi immigrati cinesi sono sporchi").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_italian72_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
