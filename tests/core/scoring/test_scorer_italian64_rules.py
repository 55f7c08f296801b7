"""Shapes of the italian64 round (targeting_italian64, italian64_words), at default
settings: violence called for against a group in Italian with a clitic infinitive or
imperative, letting them die ("bisognerebbe lasciarli affogare", "i migranti vanno
lasciati annegare"), shooting them ("gli zingari? sparargli a vista", "spariamogli
addosso a questi clandestini") or the older verbs said of "quella gente" ("quella gente
bisogna ammazzarli tutti") is aimed at the group; things, games, food and hunting,
rescue, negations, reports, questions and counter-speech stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # letting them die
    "bisognerebbe lasciarli annegare tutti quanti",
    "secondo me dovremmo lasciarli affogare",
    "i nigeriani bisognerebbe lasciarli morire in mare",
    "i profughi andrebbero lasciati annegare",
    "questa gente va lasciata morire",
    "bisognerebbe lasciar annegare tutti gli africani",
    "dovremmo lasciarli affogare, questi clandestini",
    # shooting them
    "i rom? spariamogli a vista",
    "agli zingari bisogna sparargli addosso",
    "sparargli in testa a tutti i musulmani",
    "questa gente bisognerebbe sparargli",
    # the older verbs said of "quella gente"
    "gente come quella bisogna sterminarli",
    "quella gente? fuciliamoli tutti",
    "bruciamoli tutti, quella gente",
)

CLEAN = (
    # things, games, food and hunting
    "i peperoni bisogna lasciarli affogare nell'olio",
    "le rose secche bisogna lasciarle morire",
    "i lupi? sparargli a vista dicono i pastori",
    "gli zombie bisogna sparargli in testa",
    "spariamogli, il boss ha poca vita",
    "bruciamoli tutti, sono documenti vecchi",
    "affondiamoli tutti, la flotta è in b4",
    "quella gente ammazziamoli tutti gg",
    # rescue, negations, reports, questions, counter-speech
    "bisogna soccorrerli tutti",
    "non dobbiamo lasciarli affogare",
    "basta lasciarli morire in mare",
    "ha scritto di lasciarli annegare, che vergogna",
    "il senatore ha detto che bisogna lasciarli affogare",
    "lasciarli annegare è una vergogna",
    "bisognerebbe lasciarli affogare? ma ti senti?",
    "chi dice 'sparargli a vista' ai rom è un criminale",
    "i migranti lasciati affogare dalla guardia costiera erano trenta",
    "i rom hanno provato a sparargli",
    "nessuno dovrebbe sparargli, è un ragazzo",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian64_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian64_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("bisognerebbe lasciarli affogare").target is TargetKind.GROUP
    assert scorer.score("gli zingari? sparargli a vista").target is TargetKind.GROUP
    assert scorer.score("quella gente bisogna ammazzarli tutti").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_italian64_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
