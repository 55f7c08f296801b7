"""Shapes of the italian63 round (targeting_italian63, italian63_words), at default
settings: death or harm wished on a named group with the writer's "auguro" ("auguro la
morte a tutti i musulmani", "auguro ai migranti di affogare", "ai rom auguro una morte
lenta") or with a wish and "che" on the group or on "all of them" ("spero che gli ebrei
si estinguano", "speriamo che ammazzino tutti i rom", "speriamo che li ammazzino tutti")
is aimed at the group; good wishes, harm wished on things, the wicked and games, news,
reports, negations, questions and counter-speech stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # auguro
    "auguro la morte a tutti gli omosessuali",
    "auguro una morte terribile agli islamici",
    "auguro agli africani di annegare tutti",
    "auguro a tutti i gay di morire presto",
    "agli zingari auguro di crepare",
    "ma io ai profughi auguro la morte",
    "auguro tutto il male del mondo alle lesbiche",
    "auguriamo il peggio a tutti i migranti",
    # che
    "spero che gli omosessuali si estinguano",
    "mi auguro che i rom vengano bruciati vivi",
    "speriamo che uccidano tutti gli immigrati",
    "magari sterminassero tutti gli ebrei",
    "spero che li sterminino tutti quanti",
    "speriamo che vengano ammazzati tutti",
)

CLEAN = (
    # good wishes
    "auguro a tutti gli immigrati buona fortuna",
    "ai musulmani auguro un felice eid",
    "auguro agli ebrei di vivere in pace",
    "spero che i profughi vengano accolti",
    # things, the wicked, people who are no group, games
    "auguro la morte a questo caldo",
    "auguro ogni male al mio ex lavoro",
    "auguro la morte a tutti gli stupratori",
    "spero che le cimici si estinguano",
    "speriamo che uccidano tutti i mostri del livello",
    "gg, speriamo che li ammazzino tutti nel raid",
    "speriamo che li battano tutti ai rigori",
    # news, reports, negations, questions, counter-speech
    "cinque uccisi nella sparatoria di ieri",
    "gli ebrei sterminati ad Auschwitz erano milioni",
    "un politico ha augurato ai migranti di affogare",
    "non auguro a nessuno di morire così",
    "auguri davvero ai rom di morire?",
    "chi spera che i gay si estinguano dovrebbe vergognarsi",
    "ha detto che spera che uccidano tutti i migranti",
    "spero che i rom non vengano sterminati come allora",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian63_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian63_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("auguro la morte a tutti gli omosessuali").target is TargetKind.GROUP
    assert scorer.score("spero che gli omosessuali si estinguano").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_italian63_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
