"""Fifth functional hate probe (issue 8, hateprobe5): floors on the whole probe.

The tuning part (hate_probe5_en_cases.py, hate_probe5_it_cases.py: 172 + 104 hateful,
46 + 32 non-hateful) was written before the rules were read and its misses studied, so
its figures are in-sample: EN 128/172 -> 151/172, IT 81/104 -> 92/104. The held-back
batch (hate_probe5_heldback_cases.py: 48 + 28 hateful, 12 + 10 non-hateful) was written
last and measured before and after the round: EN 31/48 -> 35/48, IT 20/28 -> 25/28
(its miss list was printed once at the start, by mistake; no rule names its wordings,
and the rules' own examples are the tuning part's and fresh ones). Friendly
profanity stays clean in both; abuse of non-protected groups ("lawyers are parasites")
is hostile to this bot and only reported. The counts may only improve.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.hate_probe4_support import Case, controls, flagged, friendly
from tests.core.scoring.hate_probe5_en_cases import EN_HATEFUL, EN_NON_HATEFUL
from tests.core.scoring.hate_probe5_heldback_cases import (
    HELD_EN_HATEFUL,
    HELD_EN_NON_HATEFUL,
    HELD_IT_HATEFUL,
    HELD_IT_NON_HATEFUL,
)
from tests.core.scoring.hate_probe5_it_cases import IT_HATEFUL, IT_NON_HATEFUL

EN_FLOOR = 151  # of 172; 128 before the round
IT_FLOOR = 92  # of 104; 81 before the round
HELD_EN_FLOOR = 35  # of 48; 31 before the round
HELD_IT_FLOOR = 25  # of 28; 20 before the round
KNOWN_FALSE_FLAGS = frozenset(
    {
        # counter-speech, before too
        "Proud dyke, proud of who I am.",  # reclaimed, before too
        # counter, before too
    }
)


@pytest.mark.parametrize(
    ("cases", "floor"),
    [
        (EN_HATEFUL, EN_FLOOR),
        (IT_HATEFUL, IT_FLOOR),
        (HELD_EN_HATEFUL, HELD_EN_FLOOR),
        (HELD_IT_HATEFUL, HELD_IT_FLOOR),
    ],
)
def test_recall_floor(scorer: Scorer, cases: tuple[Case, ...], floor: int) -> None:
    assert len(flagged(scorer, cases)) >= floor


ALL_NON_HATEFUL = EN_NON_HATEFUL + IT_NON_HATEFUL + HELD_EN_NON_HATEFUL + HELD_IT_NON_HATEFUL


@pytest.mark.parametrize(("functionality", "text"), friendly(ALL_NON_HATEFUL))
def test_friendly_profanity_stays_clean(scorer: Scorer, functionality: str, text: str) -> None:
    assert not scorer.score(text).hostile, functionality


def test_controls_flag_only_known_cases(scorer: Scorer) -> None:
    false_flags = {text for _, text in flagged(scorer, controls(ALL_NON_HATEFUL))}
    assert false_flags <= KNOWN_FALSE_FLAGS
