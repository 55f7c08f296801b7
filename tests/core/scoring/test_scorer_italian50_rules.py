"""Shapes of the italian50 round (targeting_italian50, italian50_words), at default
settings: a killing wished under a pronoun, a named group's topic sent home or out, a
group pronoun sent back to its home, a named group told it must not stay here, and a third
person's "non capisce mai un cazzo" or "non vale niente" are hostile; things, subjects
other than a group, the writer's own words, asked, quoted and reported lines stay
clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a killing wished under a pronoun
    "bisognerebbe sterminarli",
    "dovremmo ammazzarli tutti",
    "bisognerebbe proprio eliminarle tutte",
    "vanno ammazzati tutti",
    "andrebbero sterminati tutti",
    "gli ebrei? bisognerebbe sterminarli",
    # a named group's topic sent home or out
    "gli stranieri? tutti a casa",
    "gli immigrati? tutti fuori",
    "gli islamici? tutti da rimpatriare",
    # a group pronoun sent back to its home
    "rimandiamoli tutti in africa",
    "rispediamoli a casa loro",
    "cacciamoli tutti al loro paese",
    # a named group told it must not stay
    "gli zingari non devono stare qui",
    "i neri non dovrebbero restare in italia",
    # a third person
    "lui non capisce mai un cazzo",
    "quello non capisce mai niente",
    "quella non vale niente",
    "non capisci mai un cazzo",
)

CLEAN = (
    # a thing's topic, a subject, an object after
    "le zanzare? bisognerebbe sterminarle",
    "i bug? bisognerebbe eliminarli tutti",
    "bisognerebbe eliminarli tutti i bug",
    "i nemici vanno eliminati tutti",
    "che schifo di zanzare. bisognerebbe sterminarle",
    # asked, denied, reported, quoted
    "bisognerebbe sterminarli?",
    "non bisognerebbe sterminarli",
    "ha detto che bisognerebbe sterminarli",
    "bisognerebbe sterminarli, scriveva hitler",
    '"bisognerebbe sterminarli" è una frase orribile',
    "scrivere che andrebbero sterminati tutti è odio",
    # no group, or the clause goes on
    "gli ospiti? tutti a casa dopo cena",
    "i bambini? tutti a casa",
    "rimandiamoli domani",
    "rimandiamoli a casa, sono stanchi",
    "i cani non devono stare qui",
    "le donne non devono stare qui da sole di notte",
    "i rom non devono stare qui?",
    "chi dice che i rom non devono stare qui è razzista",
    # the writer, asked, things
    "io non capisco mai un cazzo",
    "non capisco mai un cazzo di questo gioco",
    "lui non capisce mai un cazzo?",
    "quella partita non vale niente",
    "la maglia? quella non vale niente",
    # friendly swearing
    "porca miseria che gol",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian50_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian50_pronoun_killing_is_at_a_group(scorer: Scorer) -> None:
    assert scorer.score("bisognerebbe sterminarli").target is TargetKind.GROUP


def test_italian50_never_claim_is_at_a_person(scorer: Scorer) -> None:
    assert scorer.score("lui non capisce mai un cazzo").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_italian50_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
