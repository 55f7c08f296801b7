"""The gamechat29 probe (issue 8): in-game chat lines in the round's shapes (a rank
doubted over "even": "how are you even gold"; hours played set against bad play: "500
hours and still this bad") and clean chat that looks alike (the writer's own rank and
hours, questions that mean it, hours of waiting or of fun, enemies praised, callouts),
measured at default settings (`Scorer()`). The lines are in gamechat29_probe_lines.py
and gamechat29_holdout_lines.py.

The studied part, written before any rule, on base23: 1 of 30 caught, 1 of 33 flagged
("how are you even awake", gamechat25's reading of a doubted skill), 0 of 6 swearing
flagged. After targeting_gamechat29.py: 30 caught, the same 1 flagged, 0 swearing
flagged.

The held-back part, written with it and counted at the start and the end only: at the
start 1 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged; at the end HELD_END.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat29_holdout_lines as held
from tests.core.scoring import gamechat29_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# gamechat25 reads "are you even awake" as the reader's skill doubted; "how" before it
# asks in earnest, left to that round's reading.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"how are you even awake"})

TUNE_F1_FLOOR = 0.98  # 30 of 30 caught, 1 flagged: 0.984
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 0  # the final count (1 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestGameChat29Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
