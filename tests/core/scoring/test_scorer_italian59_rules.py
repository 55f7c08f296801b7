"""Shapes of the italian59 round (targeting_italian59, italian59_words), at default
settings: a vice said to be in a named group's blood, DNA or nature ("è nel sangue degli
zingari rubare", "i musulmani hanno la violenza nel dna", "mentire è nella natura delle
donne") or to be its habit ("gli ebrei hanno il vizio del denaro") is aimed at the group;
gifts and tastes in the blood, the speaker and people who are no group, a group that
suffers the vice, science, questions, reports, denials and counter-speech stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a vice in the blood or DNA, either order
    "è nel sangue dei rom rapinare",
    "gli ebrei hanno la truffa nel sangue",
    "l'inganno è nel dna delle donne",
    "i neri hanno lo spaccio nel dna",
    "gli zingari borseggiano, ce l'hanno nel sangue",
    "questi immigrati hanno la violenza nel sangue",
    # in the nature or the genes
    "è nella natura dei musulmani odiare",
    "i gay hanno la perversione nei geni",
    "le donne sono false, è nella loro natura",
    # a habit
    "gli zingari hanno il vizio di fregare",
    "i musulmani hanno il vizio del terrorismo",
    "le donne hanno il vizio delle bugie",
)

CLEAN = (
    # gifts and tastes, the speaker, people who are no group
    "i rom hanno il violino nel sangue",
    "le donne hanno la danza nel dna",
    "il calcio ce l'ho nel sangue",
    "mia zia ha la cucina nel sangue",
    "i ministri hanno la menzogna nel dna",
    "mio nonno ha il vizio della grappa",
    "i miei amici hanno il vizio del poker",
    # a group that suffers the vice, science and medicine
    "la violenza sulle donne è nel dna di quel partito",
    "l'odio contro i rom è nella natura dei razzisti",
    "il dna degli ebrei aschenaziti è studiato da anni",
    "gli immigrati hanno troppo ferro nel sangue, dice il referto",
    "i rom subiscono razzismo e violenza, ce l'hanno nel sangue la paura",
    "la lotta contro il terrorismo è nel dna dei musulmani moderati",
    # denials, questions, reports, counter-speech
    "i musulmani non hanno la violenza nel dna",
    "nessun popolo ha il furto nel sangue, neanche i rom",
    "i rom hanno la musica nel sangue, non il furto",
    "è vero che gli zingari hanno il furto nel sangue?",
    "mio padre dice che le donne hanno la menzogna nel sangue",
    "affermare che i neri hanno il crimine nel dna è razzismo",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian59_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian59_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("gli ebrei hanno la truffa nel sangue").target is TargetKind.GROUP
    assert scorer.score("gli zingari hanno il vizio di fregare").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_italian59_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
