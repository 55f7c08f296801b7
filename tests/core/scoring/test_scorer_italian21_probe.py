"""The italian21 probe (issue 8): an Italian functional hate suite in shapes with no
lexicon word of their own (a group too <trait> for a role, a group that can do nothing, no
place for a group, "fare fuori" a group, praise denied of every member) and Italian chat
abuse in its spellings, with clean look-alikes (oneself, a state or a number, counter-
speech, capacity, game talk, a report or a plight) and friendly swearing, measured at
default settings (`Scorer()`). The lines are in italian21_probe_lines.py and
italian21_holdout_lines.py.

On main before the round, the studied part (36 hostile, 32 clean, 6 untargeted
swearing): 14 caught, 0 clean flagged, 0 swearing flagged. After targeting_italian21.py,
its cues and lexicon lines: 35 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 7 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 13 caught, 0 flagged,
0 swearing flagged; after, 36 caught, 0 flagged, 0 swearing flagged. Only floors are
kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian21_holdout_lines as held
from tests.core.scoring import italian21_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "fuori immigrati dall'italia", left here by the round, is caught since italian22's
# slogans (targeting_italian22.py).
KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 35 of 36 caught, none flagged: 0.986
SWEARING_CEILING = 0.10  # the held-out Italian suite's share of friendly profanity
HELD_CAUGHT_FLOOR = 36  # the final count (13 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestItalian21Probe(ProbeRoundChecks):
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
