"""The gamechat59 probe (issue 8): a player in game chat named by hero or role and called
bad, brainless or terrible in a short line of its own ("pudge is bad", "sf really bad",
"jugg bad af", "pudge no brain", "sf awful gg"), the clean lines in the same words (the
hero, a pick, an item or a build judged, a matchup or a patch after the word, the writer's
own hero, negations, questions, reports and opinions) and friendly swearing, measured at
default settings (`Scorer()`). The lines are in gamechat59_probe_lines.py.

On d6691716 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_gamechat59.py:
28 caught, 0 flagged, 0 swearing flagged.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import gamechat59_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, f1_and_swearing

# A bare "bad" is no lexicon line (it judges a pick, an item or the lag as often as a
# player), so "<player> bad" and "bad <player>" stay unread; "pa" is an everyday word,
# and pointed at ("this pa") the round leaves it to the older rules (a thing).
KNOWN_MISSES: frozenset[str] = frozenset({
    "pudge bad", "sf bad", "bad pudge", "bad sf lol", "mid bad", "report pudge bad",
    "this pa horrible",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.88  # 28 of 35 caught, 0 flagged: 0.889
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing


def test_gamechat59_studied_part_known_verdicts(scorer: Scorer) -> None:
    assert_known_verdicts(
        scorer,
        probe.TUNE_HOSTILE,
        probe.TUNE_CLEAN + probe.TUNE_SWEARING,
        KNOWN_MISSES,
        KNOWN_FALSE_FLAGS,
    )


def test_gamechat59_studied_part_floors(scorer: Scorer) -> None:
    score, swearing = f1_and_swearing(
        scorer, probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING
    )
    assert score >= TUNE_F1_FLOOR
    assert swearing <= SWEARING_CEILING
