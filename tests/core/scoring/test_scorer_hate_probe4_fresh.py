"""Fourth hate probe, held-out batch (issue 8, hateprobe4): written last, never tuned on.

The probe files (hate_probe4_en_cases.py, hate_probe4_it_cases.py) were read to write
the rules, so their figures are in-sample. This batch was written after the rules, in
wordings of its own for the same functionalities and groups, and measured at default
settings: before the round the scorer flagged 44/72 English (61%) and 46/72 Italian (64%)
hateful cases, after it 49/72 (68%) and 53/72 (74%); friendly profanity 0/10 in each
language both times, and the same few other controls (a reclaimed slur, a complaint
about a comment) before and after. The counts may only improve.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.hate_probe4_fresh_cases import (
    FRESH_EN_HATEFUL,
    FRESH_EN_NON_HATEFUL,
    FRESH_IT_HATEFUL,
    FRESH_IT_NON_HATEFUL,
)
from tests.core.scoring.hate_probe4_support import Case, controls, flagged, friendly

EN_FLOOR = 49  # of 72; 44 before the round
IT_FLOOR = 53  # of 72; 46 before the round
EN_KNOWN_FALSE_FLAGS = frozenset(
    {
        "Me and the other dykes are hosting a picnic.",  # reclaimed
        "Your comment about black people was disgusting.",  # counter-speech
    }
)
IT_KNOWN_FALSE_FLAGS = frozenset({"Frocio e orgoglioso, sempre."})  # reclaimed


@pytest.mark.parametrize(
    ("cases", "floor"), [(FRESH_EN_HATEFUL, EN_FLOOR), (FRESH_IT_HATEFUL, IT_FLOOR)]
)
def test_recall_floor(scorer: Scorer, cases: tuple[Case, ...], floor: int) -> None:
    assert len(flagged(scorer, cases)) >= floor


@pytest.mark.parametrize(
    ("functionality", "text"), friendly(FRESH_EN_NON_HATEFUL) + friendly(FRESH_IT_NON_HATEFUL)
)
def test_friendly_profanity_stays_clean(scorer: Scorer, functionality: str, text: str) -> None:
    assert not scorer.score(text).hostile, functionality


@pytest.mark.parametrize(
    ("cases", "known"),
    [(FRESH_EN_NON_HATEFUL, EN_KNOWN_FALSE_FLAGS), (FRESH_IT_NON_HATEFUL, IT_KNOWN_FALSE_FLAGS)],
)
def test_controls_flag_only_known_cases(
    scorer: Scorer, cases: tuple[Case, ...], known: frozenset[str]
) -> None:
    assert {text for _, text in flagged(scorer, controls(cases))} <= known


def test_batch_sizes() -> None:
    assert len(FRESH_EN_HATEFUL) == len(FRESH_IT_HATEFUL) == 72
    assert len(FRESH_EN_NON_HATEFUL) == len(FRESH_IT_NON_HATEFUL) == 34
