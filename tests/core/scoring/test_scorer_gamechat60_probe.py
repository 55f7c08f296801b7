"""The gamechat60 probe (issue 8): a player in game chat named by hero or role and called
bad with a bare "bad" right beside it in a short line of its own ("pudge bad", "our mid
bad lol", "bad pudge", "gg bad carry"), the clean lines in the same words (a pick, an
item, a build, a matchup or a patch judged, the writer's own hero, "my bad", negations,
questions, reports, opinions, bad luck and the weather) and friendly swearing, measured
at default settings (`Scorer()`). The lines are in gamechat60_probe_lines.py and
gamechat60_holdout_lines.py.

On 4251e5a6 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 1 caught, 0 clean flagged, 0 swearing flagged. After targeting_gamechat60.py:
34 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 4251e5a6, 1 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. Its floors are set from the final count only.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import gamechat60_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, f1_and_swearing

# A lane's word before a bare "bad" names the lane: gamechat21's table keeps "our mid bad"
# clean (the mid lane lost), so the round reads only a hero or a role that is no lane.
KNOWN_MISSES: frozenset[str] = frozenset({"our mid bad"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing


def test_studied_part_known_verdicts(scorer: Scorer) -> None:
    assert_known_verdicts(
        scorer,
        probe.TUNE_HOSTILE,
        probe.TUNE_CLEAN + probe.TUNE_SWEARING,
        KNOWN_MISSES,
        KNOWN_FALSE_FLAGS,
    )


def test_studied_part_floors(scorer: Scorer) -> None:
    score, swearing = f1_and_swearing(
        scorer, probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING
    )
    assert score >= TUNE_F1_FLOOR
    assert swearing <= SWEARING_CEILING
