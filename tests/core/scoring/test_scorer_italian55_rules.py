"""Shapes of the italian55 round (targeting_italian55, italian55_words, its lexicon
lines), at default settings: a misdeed called typical of a named group ("tipico di
<group>: ladro", "roba da <group>, truffatori"), nothing good expected from a group ("da
<group> non mi aspetto niente di buono") and work or housing refused to it ("non date
lavoro a <group>", "mai affittare a <group>") are hostile; the same words about days,
animals, contracts and weather, denials, questions, reports and counter-speech stay
clean, and so does an older refusal named to condemn it."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a misdeed typical of the group
    "tipico di un africano: spacciatore",
    "tipico degli islamici accoltellare la gente",
    "fregare il prossimo, classico degli ebrei",
    "roba da zingari, scrocconi",
    "cose da lesbiche, mentire sempre",
    "tipica delle donne la falsità",
    # nothing good expected
    "dai migranti non mi aspetto nulla di buono",
    "da una lesbica niente di buono",
    "non verrà mai niente di buono dagli islamici",
    "niente di buono dalle persone trans",
    # work or housing refused
    "non date lavoro ai migranti",
    "mai affittare casa agli africani",
    "non vendete case ai musulmani",
    "io non darei mai lavoro a un rom",
    # "una vergogna" after a pause is the group's again
    "gli zingari sono una vergogna, non affittate loro casa",
    "i rom sono una vergogna non affittate loro casa",
)

CLEAN = (
    # the same words about days, animals, things
    "tipico di un giovedì: riunioni",
    "tipico dei gatti rubare il cibo",
    "roba da matti, mi hanno rubato la bici",
    "il piatto tipico degli ebrei romani è il carciofo",
    "tipico dei rom? rubare",
    "da questa stagione niente di buono",
    "niente di buono dal meteo",
    "da quando piove niente di buono",
    "non date lavoro senza contratto",
    "non date lavoro in nero",
    "mai affittare senza caparra",
    "non vendete casa adesso",
    "non date lavoro a mio cugino",
    # denials, questions, reports, counter-speech
    "non è tipico dei neri rubare",
    '"tipico dei rom rubare" dicono i razzisti',
    "dire che rubare è tipico degli ebrei è antisemitismo",
    "dai musulmani niente di buono?",
    "mio zio dice che dai rom niente di buono",
    "è razzismo pensare che dai neri non venga niente di buono",
    "è discriminazione non dare lavoro alle donne",
    "è razzista non affittare casa ai neri",
    "è illegale non affittare agli immigrati",
    "è una vergogna non affittare casa ai neri",
    "una vergogna mai dare lavoro agli zingari",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian55_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian55_typical_misdeed_is_aimed_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("tipico degli zingari rubare").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_italian55_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
