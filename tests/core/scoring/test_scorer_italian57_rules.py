"""Shapes of the italian57 round (targeting_italian57, italian57_words), at default
settings: a named group as the doer of a misdeed, through "che" and a misdeed in the
plural ("<group> che rubano nelle case") or before "hanno" and a harmful participle with
a harm right after ("<group> hanno diffuso l'aids"), is hostile; one event told (a
number before the group, an arrest), the singular, a figurative deed, other doers, no
harm named, denials, questions, reports and counter-speech stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the group, "che" and a misdeed in the plural
    "sono sempre gli zingari che rubano",
    "i tunisini che spacciano nei giardini pubblici",
    "gli albanesi che ci rubano in casa",
    "quanti immigrati che delinquono in questa città",
    "gli islamici che uccidono in nome di dio",
    "le persone trans che violentano le bambine nei bagni",
    # the group before "hanno" and a harmful participle, a harm right after
    "i migranti hanno portato la scabbia e le malattie",
    "gli ebrei hanno organizzato la pandemia",
    "i rom hanno causato il degrado della periferia",
    "le femministe hanno diffuso l'odio per gli uomini",
)

CLEAN = (
    # one event told, the singular, a figurative deed, other doers
    "tre marocchini che spacciano sono stati arrestati ieri",
    "una zingara che ruba in metro è stata fermata",
    "i calciatori stranieri che rubano la scena in serie a",
    "i politici che rubano andrebbero cacciati",
    # no harm named, other doers
    "i cinesi hanno portato il tè in europa",
    "gli immigrati hanno organizzato una festa di quartiere",
    "i virologi hanno diffuso il virus in laboratorio",
    # denials, questions, reports and counter-speech
    "non è vero che i rom che rubano sono tanti",
    "davvero credi che i marocchini che spacciano siano tutti?",
    "chi dice che i gay hanno diffuso l'aids sbaglia di grosso",
    "è razzista pensare che gli immigrati hanno portato le malattie",
    '"gli zingari che rubano nelle case" è il titolo di un articolo razzista',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian57_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian57_deed_is_aimed_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("gli zingari che rubano nelle case").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_italian57_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
