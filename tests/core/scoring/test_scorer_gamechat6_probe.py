"""The sixth game-chat probe (issue 8): in-game chat from games other than Dota, measured
at default settings (`Scorer()`); the lines are in gamechat6_probe_lines.py.

On main before the round, the studied part (182 hostile, 128 clean, 29 of them
untargeted swearing): 126 caught (recall 0.692), 0 clean flagged, F1 0.818, swearing 0
of 29. After targeting_gamechat6.py, lexicon_insult_u.py and the "gamechat6" lexicon
lines: 144 caught (recall 0.791), 0 flagged, F1 0.883, swearing 0 of 29.

The held-back part (75 hostile, 34 clean, 7 of them swearing), written last and never
read for misses: before, 46 caught, 1 clean flagged, F1 0.754, swearing 0 of 7; after,
the figures in HELD_F1_FLOOR below. The floors are this round's figures, so a rule
that breaks a passing line fails here.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import gamechat6_probe_lines as probe

TUNE_F1_FLOOR = 0.88
HELD_F1_FLOOR = 0.76
SWEARING_CEILING = 0.0  # no untargeted swearing line of the probe is flagged


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer()


def _f1(scorer: Scorer, hostile: tuple[str, ...], clean: tuple[str, ...]) -> float:
    caught = sum(scorer.score(line).hostile for line in hostile)
    flagged = sum(scorer.score(line).hostile for line in clean)
    if not caught:
        return 0.0
    precision = caught / (caught + flagged)
    recall = caught / len(hostile)
    return 2 * precision * recall / (precision + recall)


def _swearing_rate(scorer: Scorer, clean: tuple[str, ...]) -> float:
    swearing = probe.swearing(clean)
    assert swearing, "the probe holds untargeted swearing"
    return sum(scorer.score(line).hostile for line in swearing) / len(swearing)


def test_studied_part_holds_its_f1(scorer: Scorer) -> None:
    assert _f1(scorer, probe.TUNE_HOSTILE, probe.TUNE_CLEAN) >= TUNE_F1_FLOOR


def test_held_back_part_holds_its_f1(scorer: Scorer) -> None:
    assert _f1(scorer, probe.HELD_HOSTILE, probe.HELD_CLEAN) >= HELD_F1_FLOOR


@pytest.mark.parametrize("part", [probe.TUNE_CLEAN, probe.HELD_CLEAN])
def test_untargeted_swearing_stays_clean(scorer: Scorer, part: tuple[str, ...]) -> None:
    assert _swearing_rate(scorer, part) <= SWEARING_CEILING
