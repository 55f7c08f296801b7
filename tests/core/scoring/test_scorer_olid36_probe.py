"""The olid36 probe (issue 8): a third person or "they" put down inside an opinion ("i
think they suck", "honestly i think they are trash", "imo they're all clowns") or in a
compound predicate whose name-call follows "and" ("he is pure evil and a liar"), with
clean lines in the same words (a win, the writer's own failings, play judged in sports
talk, questions, denials, reported speech, praise after "and") and friendly swearing,
measured at default settings (`Scorer()`). The lines are in olid36_probe_lines.py and
olid36_holdout_lines.py.

On cdf2cea2 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 25 caught, 0 clean flagged, 0 swearing flagged. After targeting_olid36.py:
35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on cdf2cea2, 31 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After, counted once after the last change and the passing suite
(23797 passed, 2 xfailed): 36 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid36_holdout_lines as held
from tests.core.scoring import olid36_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught and every studied clean line stays clean.
KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged at the start
HELD_CAUGHT_FLOOR = 36  # the final count (31 at the start)
HELD_FLAGGED_CAP = 1  # the final count (1 at the start)


class TestOlid36Probe(ProbeRoundChecks):
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
