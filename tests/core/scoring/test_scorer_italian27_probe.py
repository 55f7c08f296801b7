"""The italian27 probe (issue 8): Italian chat and posts in the round's shape (a verdict
of disgust or pity, "fanno schifo", "fa cagare", "fanno vomitare", "fanno pena", said of
people named by a people noun, a party label or a role, before the verdict or right
after it) and clean lines that look alike (the same verdicts of things, institutions and
food, the writer, denials and counter-speech, reports, pity that is sympathy, friendly
swearing), measured at default settings (`Scorer()`). The lines are in
italian27_probe_lines.py and italian27_holdout_lines.py.

On base20 before the round, the studied part (35 hostile, 30 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_italian27.py
and its lexicon lines: 35 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 0 caught, 0 flagged,
0 swearing flagged; after, HELD_CAUGHT caught, HELD_FLAGGED flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian27_holdout_lines as held
from tests.core.scoring import italian27_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 0  # the final count (0 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestItalian27Probe(ProbeRoundChecks):
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
