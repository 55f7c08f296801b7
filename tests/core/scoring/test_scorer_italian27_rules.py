"""Shapes of the italian27 round (targeting_italian27, italian27_words), at default
settings: a verdict of disgust or pity ("fanno schifo", "fa cagare", "fanno vomitare",
"fanno pena") said of people named by a people noun, a party label or a role, before the
verdict or right after it, and "quel <word of scorn> di/del <person>"; with the
look-alikes that stay clean (the verdict of things and institutions, a determiner that
does not open its clause, denials and reports, pity that is sympathy, a call to the
room, a thing or a place after "di" / "del", the writer's own kin, friendly swearing).
Each rule's lines were written after it.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # people before the verdict
    "gli avvocati fanno schifo",
    "ste influencer fanno cagare",
    "certi tassisti fanno veramente schifo",
    "i magistrati di oggi fanno pena",
    "tutte le persone così fanno schifo",
    "i nostri parlamentari fanno vomitare",
    "ormai i giornalisti fanno pena",
    "ma i medici italiani fanno proprio schifo",
    "quella gente mi fa schifo",
    "i forzisti fanno ribrezzo",
    "il premier fa pena",
    # people right after the verdict
    "mi fanno vomitare i giornalisti",
    "fanno pena sti deputati",
    "ormai fanno schifo i politicanti",
    "mi fanno pena i piddini",
    # a word of scorn before "di" / "del" and a person
    "quel cesso di suo marito",
    "quella balena della professoressa",
    "quel cesso del mister",
    "sta cozza di tua cugina",
    "quei cessi dei suoi colleghi",
    "quel cesso del vostro sindaco",
)

CLEAN = (
    # things, institutions
    "i telefoni nuovi fanno schifo",
    "il sistema fa pena",
    "le serie di oggi fanno cagare",
    "mi fanno schifo i funghi",
    "fanno pena questi grafici",
    # the determiner does not open its clause; denials and reports
    "secondo lui i politici fanno schifo",
    "non tutte le persone fanno schifo",
    "non è vero che i medici fanno pena",
    "mi hanno detto che i giornalisti fanno schifo",
    # pity that is sympathy, a call to the room, the subject after the verdict
    "i bambini soli mi fanno pena",
    "mi fanno pena i ragazzi feriti",
    "fanno pena le persone che dormono in strada",
    "mi fa pena vederlo così",
    "gente fa schifo sto gioco",
    "i ragazzi fanno schifo sti controller",
    # a thing or a place after "di" / "del", the writer's own, no pointing word
    "quel cesso di ufficio",
    "quel cesso del ristorante",
    "sto cesso di tablet",
    "quel cesso di mio cugino",
    "il cesso di sua zia è rotto",
    # friendly swearing
    "cazzo che schiacciata",
    "porca miseria che traffico",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian27_shapes_are_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian27_lookalikes_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
