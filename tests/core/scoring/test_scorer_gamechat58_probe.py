"""The gamechat58 probe (issue 8): a player named by hero or role opening a short line and
put down right after with "joke" or "suck", no article ("sf is joke", "pudge joke",
"support is joke lol", "tinker suck", "doom suck", "our tinker suck"), the clean lines in
the same words (the hero as a pick, an item or a build judged, the writer's own hero,
negations, questions, jokes told, strategy), and friendly swearing, measured at default
settings (`Scorer()`). The lines are in gamechat58_probe_lines.py and
gamechat58_holdout_lines.py.

On 7eca2328 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_gamechat58.py:
34 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 7eca2328, 0 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change): 38 of 40 caught, 0 of
40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat58_holdout_lines as held
from tests.core.scoring import gamechat58_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "tiny" with "suck" reads as "you're tiny" aimed at the reader, a reading this round
# re-reads only when faint, at a thing or at no one; left as it is.
KNOWN_MISSES: frozenset[str] = frozenset({"tiny suck"})
# None flagged before or after.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged (F1 0.986)
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 38  # the final count (0 of 40 on 7eca2328)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 7eca2328)


class TestGameChat58Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=HELD_SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
