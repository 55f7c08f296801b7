"""The threats16 probe (issue 8): a veiled threat at the reader said as relief held by
nobody named that writer and reader are not together ("good thing we're not in the same
room", "thank god we aren't face to face") or that the writer cannot reach the reader
("lucky i cant get my hands on you", "good thing i dont know where you live"), the clean
lines in the same words (relief going on with its reason, meetings that are no place,
the reach at a thing, other people, the writer's own relief, jokes, reports, questions
and quotes), and friendly swearing, measured at default settings (`Scorer()`). The lines
are in threats16_probe_lines.py and threats16_holdout_lines.py.

On 4251e5a6 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 1 caught, 0 clean flagged, 0 swearing flagged. After targeting_threats16.py:
35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 4251e5a6, 2 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
tests): 40 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import threats16_holdout_lines as held
from tests.core.scoring import threats16_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
# The round's final count was 40; the review after the merge took "didnt" out of the
# held-back reach ("luckily i didnt hit you" is relief at an accident avoided), and the
# coordinator's count after it is 39 (which line moved was not looked at).
HELD_CAUGHT_FLOOR = 39  # 2 of 40 on 4251e5a6
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 4251e5a6)


class TestThreats16Probe(ProbeRoundChecks):
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
