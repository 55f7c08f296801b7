"""Shapes of the italian60 round (targeting_italian60, italian60_words), at default
settings: a named group reduced to a use ("le donne sono buone solo per fare figli", "gli
immigrati sono bravi solo a rubare", "le donne sono nate per servire") or a child wished
dead rather than one of the group ("meglio un figlio morto che un figlio gay") is aimed at
the group; people who are no group, gifts, the wish reversed, negations, questions,
reports and counter-speech stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # good only for
    "le donne sono buone solo per lavare i piatti",
    "i neri sono buoni solo per lavorare la terra",
    "gli immigrati sono bravi solo a spacciare",
    "i musulmani sono bravi solo a lamentarsi",
    "le donne sono utili solo per la casa",
    "tutte le donne sono buone solo per fare figli",
    "una donna è brava solo a cucinare",
    # born for
    "le donne sono nate per ubbidire al marito",
    "i neri sono nati per essere servi",
    "le donne sono fatte per partorire",
    "gli zingari sono nati per truffare",
    # the dead child
    "meglio un figlio morto che un figlio omosessuale",
    "meglio una figlia morta che una figlia musulmana",
    "preferirei un figlio morto che un figlio ebreo",
    "meglio avere un figlio morto che un figlio ricchione",
)

CLEAN = (
    # no group, gifts
    "i miei amici sono bravi solo a bere",
    "queste patate sono buone solo per il purè",
    "le donne sono nate per essere rispettate",
    "i neri sono nati uguali a tutti",
    "mia sorella è nata per cantare",
    "i gatti sono fatti per dormire",
    # negations, questions, reports, counter-speech
    "le donne non sono nate per servire",
    "le donne non sono buone solo per fare figli",
    "gli immigrati sono bravi solo a rubare? falso",
    "dire che le donne sono buone solo per fare figli è sessista",
    "è falso che i neri siano nati per servire",
    # the wish reversed, no group
    "meglio una figlia lesbica che una figlia morta",
    "meglio un figlio morto che un figlio assassino",
    "un figlio morto che non torna più",
    "chi dice meglio un figlio morto che un figlio gay è un mostro",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian60_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian60_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("le donne sono nate per servire").target is TargetKind.GROUP
    assert scorer.score("gli immigrati sono bravi solo a rubare").target is TargetKind.GROUP
    assert scorer.score("meglio un figlio morto che un figlio gay").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_italian60_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
