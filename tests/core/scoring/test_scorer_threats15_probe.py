"""The threats15 probe (issue 8): a veiled threat at the reader said as relief or luck
that the two are apart, no blow named ("its a good thing ur not in front of me", "you're
lucky you're not here", "glad ur not near me or else", "per fortuna che non sei qui"),
or the writer's reach held back by the screen ("ur lucky i cant reach thru the screen"),
the clean lines in the same words (relief as relief, places not the writer's, a third
party, a friendly reach, games, reports, questions and quotes), and friendly swearing,
measured at default settings (`Scorer()`). The lines are in threats15_probe_lines.py and
threats15_holdout_lines.py.

On d6691716 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_threats15.py:
34 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on d6691716, 2 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
tests): 40 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import threats15_holdout_lines as held
from tests.core.scoring import threats15_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# No line: the comma between "for you," and "you're" parts the round's "for you" lines.
KNOWN_MISSES: frozenset[str] = frozenset({"thankfully for you, you're not near me"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (2 of 40 on d6691716)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on d6691716)


class TestThreats15Probe(ProbeRoundChecks):
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
