"""Shapes of the italian74 round (targeting_italian74, italian74_words and the round's
lines in lexicons/it), at default settings: a named group's nature said fixed ("i rom non
cambieranno mai", "gli zingari sono fatti così", "..., non c'è niente da fare"), a group
sent home by a clitic call with a home of their own ("mandiamoli tutti a casa loro") and
"siamo tutti stufi" of a group are aimed at the group; things, single people, guests sent
home for a plain reason, denials, reports, counter-speech and a nation that is a team in
a sports line stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a named group that never changes, closing its clause
    "i rumeni non cambieranno mai",
    "quegli zingari non cambiano mai",
    "i musulmani non cambieranno mai e lo sappiamo",
    # a named group "made that way", or "so" with a fatalistic tail
    "gli africani sono fatti così",
    "le zingare sono fatte così",
    "gli albanesi sono così, c'è poco da fare",
    "i rom sono così, ce l'hanno nel sangue",
    "gli arabi sono così e basta",
    "i rom sono fatti così e non va bene",
    "gli ebrei sono fatti così. va bene, ciao",
    "gli zingari sono fatti così, sempre a rubare",
    # sent home by a clitic call with no group named
    "mandiamoli tutti a casa loro",
    "mandatele tutte al loro paese",
    "mandiamoli via, a casa loro",
    "mandateli a casa loro",
    # "we" all fed up with a group
    "siamo tutti stufi dei marocchini",
    "siamo tutte stanche degli zingari",
)

CLEAN = (
    # things and single people
    "le regole non cambieranno mai",
    "mio zio non cambierà mai",
    "i gatti sono fatti così",
    "il mio prof è fatto così, non c'è niente da fare",
    "ho perso di nuovo, non c'è niente da fare",
    # a frame going on to an object, or denied
    "gli olandesi non cambiano mai tattica",
    "i rom non sono fatti così",
    # an acceptance after the frame: "born this way"
    "i gay sono fatti così e va benissimo",
    "le lesbiche sono fatte così, non c'è niente di male",
    "i gay non cambieranno mai e li amiamo",
    "i napoletani sono fatti così, sempre allegri",
    # office holders sent home: a vote
    "mandiamoli tutti a casa loro, i ministri incapaci",
    # denied, reported, asked or countered
    "non è vero che gli arabi non cambieranno mai",
    "mio nonno dice che gli albanesi non cambiano mai",
    "dire che i rom sono fatti così è razzismo",
    # guests and kids sent home, or no home of their own
    "gli invitati sono stanchi, mandiamoli tutti a casa loro",
    "mandiamoli a casa loro, è tardi",
    "mandiamoli tutti in cortile a giocare",
    "chi grida mandiamoli tutti a casa loro non sa di cosa parla",
    # fed up with a thing, or with those who insult the group
    "siamo tutti stufi del traffico",
    "siamo tutti stufi di chi insulta i rom",
    # a nation that is a team in a sports line
    "siamo stufi dei tedeschi in questo torneo",
    "siamo tutti stufi degli spagnoli che vincono sempre la coppa",
    "i francesi non cambiano mai, in finale giocano sempre uguale",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian74_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian74_aims(scorer: Scorer) -> None:
    assert scorer.score("i rumeni non cambieranno mai").target is TargetKind.GROUP
    assert scorer.score("mandiamoli tutti a casa loro").target is TargetKind.GROUP
    assert scorer.score("siamo tutti stufi dei marocchini").target is TargetKind.GROUP


def test_italian74_team_keeps_the_people(scorer: Scorer) -> None:
    """A nation with no sports word, or beside another group, is still the people."""
    assert scorer.score("siamo stufi dei tedeschi").hostile
    assert scorer.score("siamo stufi dei tedeschi e degli ebrei in finale").hostile


@pytest.mark.parametrize("text", CLEAN)
def test_italian74_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
