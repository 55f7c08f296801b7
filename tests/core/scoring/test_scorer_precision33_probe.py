"""The precision33 probe (issue 8): vulgar name-calls used of a thing, not of a person, in
a sentence that names an identity group, which older rounds lifted to an attack on the
group ("the refugees waited a bastard of a long time", "arguing with muslims online is a
fools errand", "the mexicans drive a clown car", "no woman will ever let you put your
dick near them"), the hostile lines in the same words that must stay caught (the
name-calls said of the group or of one of its people, sexual demands), and friendly
swearing, measured at default settings (`Scorer()`). The lines are in
precision33_probe_lines.py and precision33_holdout_lines.py.

On 62683186 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 34 caught, 24 clean flagged, 0 swearing flagged. After
targeting_precision33.py: 34 caught, 1 flagged, 0 swearing flagged. The miss has no
group reading before or after ("those arabs are trolls"); the false flag was gamechat9's
blame word "threw" read with the group as a compound name-call, not this round's shape,
and is clean since the coordinator's fix to targeting_compound.py (a verb after the
group is no compound): 0 flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 62683186, 35 of 40 caught, 27 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
35 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import precision33_holdout_lines as held
from tests.core.scoring import precision33_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Not read as aimed at the group on 62683186 either; the guard only lowers scores.
KNOWN_MISSES: frozenset[str] = frozenset({"those arabs are trolls"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 35  # the final count (35 of 40 on 62683186 too)
HELD_FLAGGED_CAP = 2  # the final count (27 of 40 on 62683186)


class TestPrecision33Probe(ProbeRoundChecks):
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
