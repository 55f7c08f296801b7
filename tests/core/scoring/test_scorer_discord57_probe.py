"""The discord57 probe (issue 8): a member of a Discord server kept out by the room's own
decision, "we" or "lets" before a negated invite, add or join ("we shouldnt invite him",
"can we not let her join", "lets not add him back", "were not inviting <@4> again"), the
clean lines in the same words (the invite wanted, logistics and a reason after the
member, the writer, bots and things, reports, questions and double negations), and
friendly swearing, measured at default settings (`Scorer()`). The lines are in
discord57_probe_lines.py and discord57_holdout_lines.py.

On 3b136144 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_discord57.py:
35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
is counted only at the start and the end of the round; its floors are set from the final
count.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import discord57_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, f1_and_swearing

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing


class TestDiscord57Probe:
    def test_studied_part_known_verdicts(self, scorer: Scorer) -> None:
        assert_known_verdicts(
            scorer,
            probe.TUNE_HOSTILE,
            probe.TUNE_CLEAN + probe.TUNE_SWEARING,
            KNOWN_MISSES,
            KNOWN_FALSE_FLAGS,
        )

    def test_studied_part_floors(self, scorer: Scorer) -> None:
        score, swearing = f1_and_swearing(
            scorer, probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING
        )
        assert score >= TUNE_F1_FLOOR
        assert swearing <= SWEARING_CEILING
