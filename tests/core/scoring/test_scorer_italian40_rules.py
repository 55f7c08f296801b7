"""Shapes of the italian40 round (targeting_italian40, italian40_words and its lexicon
lines), at default settings: an Italian identity group denied respect, pity or help with
"meritare" ("gli zingari non meritano pietà", "i gay non meritano di essere rispettati",
"nessun musulmano merita rispetto"), given only contempt or harm ("le donne meritano solo
botte"), or refused regard with no verb ("nessuna pietà per i clandestini", "per i rom
nessuna pietà"); with the look-alikes that stay clean (respect given, people who are no
identity group, a harm denied, "not only", asked, another's claim, the doer's object)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # regard denied with "non merita(no)", the group opening its clause
    "i rom non meritano pietà",
    "gli arabi non meritano nessuna compassione",
    "le donne nn meritano alcun rispetto",
    "i musulmani non meritano considerazione",
    "gli immigrati non meritano neanche un briciolo di pietà",
    "i neri non meritano aiuto",
    "gli ebrei non meritano nulla",
    "i trans non meritano di essere ascoltati",
    "i disabili non meritano di essere curati",
    "un rom non merita pietà",
    "nessun immigrato merita rispetto",
    "ma gli zingari non meritano niente",
    "secondo me i gay non meritano rispetto",
    "le persone trans non meritano alcuna considerazione",
    # only contempt or harm
    "le donne meritano solo schiaffi",
    "i neri meritano solo frustate",
    "i gay meritano soltanto il disprezzo",
    "i rom meritano solo la galera",
    # regard refused with no verb
    "nessuna pietà per gli zingari",
    "zero rispetto per gli immigrati",
    "nessuna compassione per i musulmani",
    "per gli ebrei nessuna pietà",
    "zero pietà x i rom",
)

CLEAN = (
    # respect given
    "i rom meritano rispetto",
    "gli immigrati meritano aiuto e una casa",
    "le donne meritano di essere ascoltate",
    "ogni musulmano merita rispetto",
    "i gay meritano di essere felici",
    # no identity group
    "i corrotti non meritano pietà",
    "i politici non meritano nessun rispetto",
    "la juve non merita niente quest'anno",
    "questo film merita",
    "nessuna pietà per gli spacciatori",
    "zero rispetto per i bulli",
    "zero tolleranza per i ritardi",
    "nessuna pietà, attacchiamo subito",
    # a harm denied, "not only"
    "le donne non meritano di essere picchiate",
    "i migranti non meritano di morire in mare",
    "gli immigrati non meritano solo pietà, meritano diritti",
    "gli ebrei non meritano l'odio che ricevono",
    # asked, another's claim, the doer's object, the group only the topic
    "davvero pensi che i rom non meritino pietà?",
    "i musulmani non meritano pietà?",
    "perché dicono che le donne non meritano rispetto?",
    "chi odia i gay non merita rispetto",
    "chi insulta le donne non merita niente",
    "nessun rispetto per chi odia i neri",
    "nessuna tolleranza per il razzismo contro i rom",
    '"nessuna pietà per gli zingari" era scritto sul muro',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian40_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.GROUP, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian40_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
