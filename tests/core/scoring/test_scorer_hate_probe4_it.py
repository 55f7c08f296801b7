"""Fourth hate probe, Italian (issue 8, hateprobe4): recall on hateful cases, friendly
profanity and the other non-hateful controls, at default settings.

The cases (hate_probe4_it_cases.py) were written before the round read the rules; the
scorer flagged 149/188 hateful cases before the round's rules and 171/188 after, with no
friendly-profanity case flagged either time. These are the floors; the known misses and
false flags are listed so that any new one fails and any fix shows.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.hate_probe4_it_cases import IT_HATEFUL, IT_NON_HATEFUL
from tests.core.scoring.hate_probe4_support import controls, flagged, friendly, missed

RECALL_FLOOR = 171  # of 188 (0.91); 149 before the round
KNOWN_MISSES = frozenset(
    {
        "Sono stufo dei neri ovunque.",
        "Le donne non capiscono niente, sono oche.",
        "Quella troia dovrebbe stare zitta.",
        "I gay sono una merda.",
        "Sei come tutti gli immigrati, un ladro.",
        "Da gay sei ovviamente un pervertito.",
        "Tipico zingaro, rubi sempre.",
        "Tipico ebreo, pensi solo ai soldi.",
        "Voi disabili siete un peso.",
        "Nessun nero è mai stato intelligente.",
        "Gli immigrati non contribuiscono mai a nulla.",
        "Perché i disabili possono avere figli?",
        "Gli ebeir sono topi.",
        "Odio le done.",
        "I gayy sono schifosi.",
        "Odio lezingare.",
        "I m u s u l m a n i sono feccia.",
    }
)
# Reclaimed slurs: the writer's own word, read as the slur.
KNOWN_FALSE_FLAGS = frozenset(
    {
        "Io e i miei amici froci andiamo al pride.",
        "Da frocio dico che questo film è bellissimo.",
        "Noi terroni siamo gente calorosa.",
    }
)


def test_recall_floor(scorer: Scorer) -> None:
    assert len(flagged(scorer, IT_HATEFUL)) >= RECALL_FLOOR


def test_only_known_misses(scorer: Scorer) -> None:
    assert {text for _, text in missed(scorer, IT_HATEFUL)} <= KNOWN_MISSES


@pytest.mark.parametrize(("functionality", "text"), friendly(IT_NON_HATEFUL))
def test_friendly_profanity_stays_clean(scorer: Scorer, functionality: str, text: str) -> None:
    assert not scorer.score(text).hostile, functionality


def test_controls_flag_only_known_cases(scorer: Scorer) -> None:
    cases = controls(IT_NON_HATEFUL)
    assert {text for _, text in flagged(scorer, cases)} <= KNOWN_FALSE_FLAGS
    assert len(cases) == 64  # 3 of 64 flagged (5%), 0 of 15 friendly profanity


def test_case_counts() -> None:
    assert len(IT_HATEFUL) == 188
    assert len(IT_NON_HATEFUL) == 74
