"""Shapes of the italian41 round (targeting_italian41, italian41_words and its lexicon
lines), at default settings: an Italian identity group wished away or harmed in the
conditional, better off without it ("senza gli immigrati staremmo tutti meglio", "il
paese sarebbe più sicuro senza gli stranieri"), a harm it would deserve ("i trans
meriterebbero una pallottola"), a beating it would need ("ai rom servirebbero due
schiaffi"), better dead or gone ("i disabili starebbero meglio morti", "sarebbe bello se
gli ebrei non esistessero"), driven out with a clitic ("bisognerebbe rinchiuderli tutti,
questi rom"); with the look-alikes that stay clean (a thing done without, no identity
group, a group's good wished, a real lesson, denied, asked, reported, judged)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # better off without a group
    "senza gli zingari staremmo tutti meglio",
    "senza i musulmani la francia sarebbe più sicura",
    "la città sarebbe più pulita senza gli stranieri",
    "un paese senza immigrati sarebbe un paese migliore",
    "vivremmo meglio senza tutti questi ebrei",
    "senza le donne il lavoro sarebbe un paradiso",
    "non staremmo meglio senza gli arabi?",
    # a harm a group would deserve
    "i neri meriterebbero una pallottola",
    "gli zingari meriterebbero la forca",
    "le lesbiche meriterebbero di essere punite",
    "gli ebrei meritano di essere gasati",
    "secondo me i musulmani meriterebbero un'altra deportazione",
    # a beating a group would need
    "ai negri servirebbero due schiaffi",
    "agli zingari ci vorrebbe una bella lezione",
    "a questi musulmani servirebbe un bel pestaggio",
    "servirebbe una bella lezione a tutti gli immigrati",
    # better dead, better gone
    "gli zingari starebbero meglio morti",
    "sarebbe fantastico se i rom non esistessero",
    # driven out with a clitic, the group after
    "bisognerebbe rinchiuderli tutti, questi zingari",
    "dovremmo espellerli tutti, gli immigrati",
)

CLEAN = (
    # a thing done without, or a group needed
    "senza le tasse staremmo tutti meglio",
    "senza gli immigrati l'agricoltura crollerebbe",
    "senza le donne la vita sarebbe più triste",
    "senza gli ebrei l'europa sarebbe più povera",
    "il mondo sarebbe migliore senza l'odio contro i musulmani",
    "un mondo senza razzismo contro i neri sarebbe migliore",
    "gli immigrati stanno meglio senza i trafficanti",
    "senza di te staremmo meglio",
    # denied, asked, reported, judged
    "non è vero che senza gli immigrati staremmo meglio",
    "pensi davvero che senza le donne staremmo meglio?",
    "senza gli immigrati staremmo tutti meglio, dicono i leghisti",
    "dire che senza le donne staremmo meglio è schifoso",
    "davvero credi che l'italia starebbe meglio senza i musulmani?",
    # a group's good wished, no identity group
    "i rom meriterebbero una casa",
    "i gay meriterebbero di essere rispettati",
    "i ladri meriterebbero la galera",
    "agli immigrati servirebbe un lavoro",
    "ai bambini servirebbe una bella lezione di educazione stradale",
    "agli arbitri servirebbe una bella lezione",
    "mi servirebbe una mano",
    "ci vorrebbe una pizza stasera",
    "le mie piante starebbero meglio morte",
    "sarebbe bello se le guerre non esistessero",
    "bisognerebbe rinchiuderli tutti, questi cani randagi",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian41_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.GROUP, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian41_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
