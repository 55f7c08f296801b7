"""The hatecheck85 probe (issue 8): hate for a named group held by the writer, by "we" or
by a company that holds the writer ("me and my friends"), as a habit, a duration or a
lasting state ("we always hated immigrants", "i've hated muslims for years", "been
hating refugees since day one", "we have never liked gay people and never will", "me
and my friends can't stand trans people"); the clean lines in the same words (someone
else's hate, hate that stopped, things, denials, questions, reports and counter-speech)
and friendly swearing, measured at default settings (`Scorer()`). The lines are in
hatecheck85_probe_lines.py and hatecheck85_holdout_lines.py.

On 156dda74 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 2 clean flagged, 0 swearing flagged. After targeting_hatecheck85.py
and the round's en/identity_attack.txt lines: 35 caught, 2 flagged, 0 swearing flagged.
The two flagged clean lines are older readings of a name-call said of the hater ("he's
a bigot", "the old fool"), kept as known.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 156dda74, 0 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
tests): 40 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are
kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck85_holdout_lines as held
from tests.core.scoring import hatecheck85_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# Older readings: a name-call said of the person who hates ("he's a bigot").
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {
        "my uncle has been hating refugees since day one, he's a bigot",
        "he's never liked gay people and never will, the old fool",
    }
)

TUNE_F1_FLOOR = 0.97  # 35 of 35 caught, 2 flagged: F1 0.972
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (0 of 40 on 156dda74)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on 156dda74)


class TestHateCheck85Probe(ProbeRoundChecks):
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
