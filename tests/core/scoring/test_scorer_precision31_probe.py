"""The precision31 probe (issue 8): untargeted vulgar words the older rounds read as aimed,
in two shapes from the even rows' false flags of Gab's vulgar_only, Toxic Spans'
profane_only and OLID's UNT controls: the writer's own name-call with "that" or after a
plan ("i'm that asshole who always parks badly", "i hate to be that bitch but", "i'll go
and be an asshole and troll everyone"), and a generic "you"'s body part in an act on it
("cutting off your dick to stop crime is pointless", "wear a cup or you'll hurt your
dick", "they grab there pussy"); the hostile lines in the same words that must stay
caught ("you're that asshole who steals kills", "don't be that asshole", "i'll cut off
your dick", "i want to touch your dick"), and friendly swearing, measured at default
settings (`Scorer()`). The lines are in precision31_probe_lines.py and
precision31_holdout_lines.py.

On 79207d7f before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 30 caught, 17 clean flagged, 0 swearing flagged. After
targeting_precision31.py: 30 caught, 0 flagged, 0 swearing flagged. The five misses are
misses before and after: the writer's act on the reader's body read as a thing ("i'll
rip your dick off", "i will chop your dick off", "we will cut your dick off", "go stick
your dick in a blender") and "balls", no lexicon word; the guard only lowers scores.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 79207d7f, 35 of 40 caught, 15 of 40 flagged, 0
of 6 swearing flagged. After, counted once after the last change and the passing suite
(22767 passed, 2 xfailed): 35 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import precision31_holdout_lines as held
from tests.core.scoring import precision31_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Missed on 79207d7f too; the guard only lowers scores (discord39 now reads the writer's
# "i'll rip your dick off" and the like).
KNOWN_MISSES: frozenset[str] = frozenset({
    "go stick your dick in a blender", "i'm gonna grab your balls and squeeze",
})  # fmt: skip
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.92  # 30 of 35 caught, 0 flagged: 0.923
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged at the start
HELD_CAUGHT_FLOOR = 35  # the final count (35 of 40 on 79207d7f too)
HELD_FLAGGED_CAP = 1  # the final count (15 of 40 on 79207d7f)


class TestPrecision31Probe(ProbeRoundChecks):
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
