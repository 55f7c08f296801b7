"""The hatecheck75 probe (issue 8): death wished on a named group by the writer, the group
named in the wish ("i want the jews dead", "i hope the muslims all burn"), named first and
meant by a pronoun ("muslims? i hope they all burn") or named last after the pronoun's
clause ("let them all drown, those refugees", "i want them dead, those refugees"), the
clean lines in the same words (kind wishes, things and games, someone else's wish,
history, denials, questions, counter-speech and reports), and friendly swearing, measured
at default settings (`Scorer()`). The lines are in hatecheck75_probe_lines.py and
hatecheck75_holdout_lines.py.

On 7d8246cf before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 2 clean flagged, 0 swearing flagged. After targeting_hatecheck75.py:
35 caught, 2 flagged (the same two, older readings), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 7d8246cf, 6 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
40 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck75_holdout_lines as held
from tests.core.scoring import hatecheck75_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# Flagged on 7d8246cf already: an older "nobody wants" line read as said of the group, and
# "troll" read at the one who said it in a report of a quoted wish.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "nobody wants muslims dead",
    "the troll said 'i hope the jews burn'",
})  # fmt: skip

TUNE_F1_FLOOR = 0.97  # 35 of 35 caught, 2 flagged: 0.972
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (6 of 40 on 7d8246cf)
HELD_FLAGGED_CAP = 2  # the final count (2 of 40 on 7d8246cf)


class TestHateCheck75Probe(ProbeRoundChecks):
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
