"""Shapes of the italian49 round (targeting_italian49, italian49_words), at default
settings: a third person put down under a personal pronoun with the claim closing its
clause, and silence wished on a group sent home, are hostile; narrowed claims, the
writer's own words, asked, quoted and reported lines stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a personal pronoun subject
    "lui non capisce un cazzo",
    "lei non sa fare niente",
    "lui non sa fare un cazzo",
    "lei non capisce niente",
    "lei non capisce un cazzo di niente",
    "ok. lui non capisce nulla",
    # silence wished on a group sent home
    "le ragazze? zitte e in cucina",
    "le donne? zitte e a casa",
    "le donne, zitte e a lavare i piatti",
)

CLEAN = (
    # narrowed or going on
    "lei non sa fare niente di male",
    "lui non capisce niente di calcio ma è simpatico",
    "lui non capisce l'inglese",
    "questo non sa fare niente",
    # the writer
    "io non capisco un cazzo",
    "non capisco un cazzo di questo gioco lol",
    # asked, reported, quoted
    "lui non capisce un cazzo?",
    "mi ha detto che lui non capisce niente",
    '"lei non sa fare niente" è cattivo',
    "le donne? zitte? ma figurati",
    "zitte e in cucina è una frase sessista",
    # friendly swearing
    "cazzo che partita",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian49_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian49_pronoun_put_down_is_at_a_person(scorer: Scorer) -> None:
    assert scorer.score("lui non capisce un cazzo").target is TargetKind.THIRD_PERSON


def test_italian49_sent_home_is_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("le ragazze? zitte e in cucina").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_italian49_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
