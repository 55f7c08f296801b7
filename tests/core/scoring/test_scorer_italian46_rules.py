"""Shapes of the italian46 round (targeting_italian46, italian46_words), at default
settings: Italian counter-speech that judges whoever wrongs an identity group ("chi odia
i musulmani è un ignorante", "augurare la morte ai rom è da criminali") stays clean; the
group's own predicate, a judgment denied or aimed at the reader, a deed praised and a
doer who wrongs no group stay aimed. An older identity attack in the clause right after
a group's topic ("le donne? non capiscono niente") is aimed at the group."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # no judgment of the deed, or the deed praised
    "odiare i gay è giusto",
    "sterminare gli ebrei è un dovere",
    # the judgment aimed at a doer who wrongs no group, or at the reader
    "chi difende i gay è un idiota",
    "chi odia i musulmani è un idiota come te",
    # a new sentence or clause after the judgment attacks the group
    "odiare gli ebrei è normale, sono vermi",
    "chi odia i gay è un idiota, e i gay sono malati",
    # no doer's clause
    "i gay sono idioti",
    # an attack in the clause after a group's topic
    "le donne? non capiscono niente",
    "le donne: non capiscono niente",
    "gli ebrei? non valgono niente",
    "i rom, sono solo feccia",
)

CLEAN = (
    # whoever wrongs the group, judged
    "chi odia i musulmani è solo ignorante",
    "chi insulta le donne è un vigliacco",
    "chi discrimina i disabili è un idiota",
    "chi augura la morte ai gay è un criminale",
    "secondo me chi odia gli ebrei è un povero ignorante",
    "ma chi dice che i neri sono scimmie è un razzista",
    "chi pensa che le donne siano inferiori è un idiota",
    "chi odia i gay e i neri è un ignorante",
    "chiunque picchia un gay è un codardo",
    # the deed as an infinitive subject, judged
    "augurare la morte ai rom è da criminali",
    "picchiare i gay è da vigliacchi",
    "chiamare froci i gay è da ignoranti",
    "insultare i musulmani è razzismo",
    "minacciare gli ebrei è un reato",
    # the topic's clause asked back, or a thing's topic
    "le donne? non capiscono niente? ma che dici",
    "i computer? non capiscono niente",
    "i gay? sono persone normali",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian46_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian46_topic_attack_is_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("le donne? non capiscono niente").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_italian46_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
