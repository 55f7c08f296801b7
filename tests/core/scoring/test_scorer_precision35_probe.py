"""The precision35 probe (issue 8): gab-style posts that judge a thing, not people, with a
word older rounds read of a person or a group: a group's word naming a thing ("the
muslim ban is a joke", "chinese food is garbage", "the chinese government is a bunch of
dicks") or an outlet, a platform, a body or a law read as a person's name ("huffpo is a
joke", "netflix is the worst", "obamacare is a fucking joke"); the hostile lines in the
same words that must stay caught (the group, its people or ways, a person, the reader);
and friendly swearing, measured at default settings (`Scorer()`). The lines are in
precision35_probe_lines.py and precision35_holdout_lines.py.

On e36132cc before the round, the studied part (32 hostile, 35 clean, 6 untargeted
swearing): 29 caught, 35 clean flagged, 0 swearing flagged. After
targeting_precision35.py: 29 caught, 0 flagged, 0 swearing flagged. The misses were
missed before the round too: "black culture is trash" (a group's ways, read as a third
person's), "don lemon is a fucking joke" and "maxine waters is corrupt" (a two-word name
the name rules do not read).

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on e36132cc, 38 of 40 caught, 29 of 40 flagged,
0 of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 38 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import precision35_holdout_lines as held
from tests.core.scoring import precision35_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Not caught on e36132cc either; the guard only lowers scores.
KNOWN_MISSES: frozenset[str] = frozenset({
    "black culture is trash", "don lemon is a fucking joke", "maxine waters is corrupt",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 29 of 32 caught, 0 flagged: 0.951
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 38  # the final count (38 of 40 on e36132cc)
HELD_FLAGGED_CAP = 2  # the final count (29 of 40 on e36132cc)


class TestPrecision35Probe(ProbeRoundChecks):
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
