"""The discord56 probe (issue 8): a member of a Discord server shut out by a call to the
room, the room named after the member ("ignore him guys", "mute <@7> everyone"), the
member left out ("leave her out guys") or answered by nobody ("nobody reply to him"),
the clean lines in the same words (logistics with a reason, the writer, game talk, bots
and spam, questions and reports, the member shielded), and friendly swearing, measured
at default settings (`Scorer()`). The lines are in discord56_probe_lines.py and
discord56_holdout_lines.py.

On 7d8246cf before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 4 caught, 1 clean flagged, 0 swearing flagged. After targeting_discord56.py:
34 caught, 0 flagged, 0 swearing flagged.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import discord56_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, f1_and_swearing

# No hit before or after: "blok" is no typo any line's variants reach, and a bare
# "block" line would be read everywhere.
KNOWN_MISSES: frozenset[str] = frozenset({"blok her guys"})
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
