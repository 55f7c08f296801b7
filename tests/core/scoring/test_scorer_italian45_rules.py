"""Shapes of the italian45 round (targeting_italian45, italian45_words), at default
settings: a named group as a topic, then a bare place it is sent to ("gli ebrei? nel
forno", "i rom? in galera"); a group opening its sentence with a passive modal and a
participle of mistreatment ("le donne andrebbero zittite"); a right taken from a dative
group as a demand ("ai rom bisognerebbe togliere i figli"). No named group, a thing's
topic, no such place, participle or right, a condition or care after, denied, asked,
quoted and reported stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a place after the group's topic
    "gli ebrei? al forno",
    "i disabili? da buttare",
    "i rom? tutti in galera",
    "gli zingari? dietro le sbarre a vita",
    "le donne? in cucina e zitte",
    "i trans? in manicomio",
    "i gay, in prigione come una volta",
    "gli immigrati: sul primo barcone",
    "e i musulmani? nei lager",
    "gli ebrei? tutti sul treno per auschwitz",
    "i disabili? roba da buttare",
    # a passive modal and a participle of mistreatment
    "le donne andrebbero zittite",
    "i gay andrebbero rieducati",
    "i musulmani dovrebbero essere schedati",
    "le lesbiche vanno raddrizzate",
    "penso che gli ebrei andrebbero tutti marchiati",
    "le donne andrebbero messe a tacere",
    # a right taken from a dative group as a demand
    "ai rom bisognerebbe togliere i figli",
    "alle donne bisognerebbe togliere il diritto di voto",
    "agli immigrati andrebbe tolta la cittadinanza",
    "a tutti gli immigrati andrebbe tolta la cittadinanza",
    "ai musulmani si dovrebbe togliere il permesso di soggiorno",
    "bisognerebbe togliere i figli ai rom",
)

CLEAN = (
    # no named group, or a thing's topic
    "la pizza? al forno",
    "i vestiti vecchi? da buttare",
    "i turisti? tutti in spiaggia",
    "i ladri? tutti in galera",
    "i politici? tutti in galera",
    "i criceti? in gabbia",
    "mettiamo la pizza nel forno",
    "sono stato in galera due anni",
    # no such place, participle or right
    "i musulmani? in moschea per la festa",
    "i musulmani? in cucina a preparare la cena per la festa",
    "le regole andrebbero riscritte",
    "i bambini andrebbero vaccinati",
    "gli immigrati andrebbero aiutati",
    "i casi isolati non contano",
    "gli evasori andrebbero schedati",
    "ai disabili bisognerebbe togliere le barriere",
    "ai bambini andrebbe tolto il telefono",
    "bisognerebbe togliere i figli ai genitori violenti",
    # a condition or a care after it
    "i disabili andrebbero isolati per proteggerli",
    # denied, asked, quoted, reported
    "i gay non andrebbero puniti",
    "non è vero che le donne andrebbero zittite",
    "le donne andrebbero zittite?",
    "chi dice che i gay andrebbero rieducati è un ignorante",
    "i rom? in galera? ma che dici",
    'chi scrive "gli ebrei? nel forno" è un criminale',
    "gli ebrei? nel forno, dicevano i nazisti",
    "la lega dice che agli immigrati andrebbe tolta la cittadinanza",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian45_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.GROUP, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian45_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
