"""The gamechat57 probe (issue 8): "joke" called on a player right before the hero, role
or player noun that names them ("joke sf", "what a joke pudge", "fucking joke slark",
"such a joke support lol"), the clean lines in the same words (the hero, an item, a
patch, a pick or a build judged, "no joke", questions, the writer's own play, a joke
told or praised), and friendly swearing, measured at default settings (`Scorer()`). The
lines are in gamechat57_probe_lines.py and gamechat57_holdout_lines.py.

On 3b136144 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 6 caught, 0 clean flagged, 0 swearing flagged. After targeting_gamechat57.py:
35 caught, 0 flagged, 0 swearing flagged.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import gamechat57_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, f1_and_swearing

# None missed after the rule.
KNOWN_MISSES: frozenset[str] = frozenset()
# None flagged before or after.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 1.0  # 35 of 35 caught, 0 flagged
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing


def test_studied_part_known_verdicts(scorer: Scorer) -> None:
    assert_known_verdicts(
        scorer, probe.TUNE_HOSTILE, probe.TUNE_CLEAN, KNOWN_MISSES, KNOWN_FALSE_FLAGS
    )


def test_studied_part_floors(scorer: Scorer) -> None:
    score, swearing = f1_and_swearing(
        scorer, probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING
    )
    assert score >= TUNE_F1_FLOOR
    assert swearing <= SWEARING_CEILING
