"""Shapes of the italian71 round (targeting_italian71, italian71_words and the round's
lexicons/it/insult.txt lines), at default settings: a person told they are half a man
("sei un mezzo uomo", "sei una mezza sega", "sei un uomo a metà") is aimed at the reader;
a nationality used as the adjective of a thing names no group ("i prodotti cinesi fanno
schifo"), while a noun of people before it ("gli immigrati cinesi sono sporchi") and the
bare group ("i cinesi fanno schifo") stay aimed at the group; half asleep, half way,
oneself, things and reports stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # half a man, said to the reader or called
    "sei un mezzo uomo, lo sanno tutti",
    "sei proprio mezzo uomo",
    "tu sei una mezza sega",
    "sei veramente una mezza calzetta",
    "sei solo un uomo a metà",
    "sei una donna a metà",
    "sei una mezza cartuccia",
    "stai zitto, mezza sega",
    # the group still named: a noun of people before the adjective, or the bare group
    "gli immigrati cinesi sono sporchi",
    "i cinesi fanno schifo",
    "le donne arabe fanno schifo",
    "i ragazzi africani sono spazzatura",
    "le comunità cinesi sono sporche",
    "i soliti cinesi fanno schifo",
)

CLEAN = (
    # half, but no one told they are half a man
    "sei mezzo addormentato",
    "sei a metà strada",
    "un uomo a metà del percorso",
    "il minotauro è mezzo uomo e mezzo toro",
    "mi sento una mezza sega in cucina",
    "mio fratello si sente un mezzo uomo",
    # a nationality as the adjective of a thing
    "i prodotti cinesi fanno schifo",
    "i film americani fanno schifo",
    "le strade africane sono sporche",
    "le auto francesi fanno schifo",
    "odio i prodotti cinesi",
    "i quartieri cinesi sono sporchi",
    "i pantaloni neri fanno schifo",
    "cazzo che partita",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian71_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian71_aims(scorer: Scorer) -> None:
    assert scorer.score("sei un mezzo uomo").target is TargetKind.SECOND_PERSON
    assert scorer.score("gli immigrati cinesi sono sporchi").target is TargetKind.GROUP
    assert scorer.score("i cinesi fanno schifo").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_italian71_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
