"""The precision32 probe (issue 8): clean lines the chain read as aimed, in three shapes
found in the clean rows of the HateXplain and insult files (a curse said to a thing named
before it, "this stupid printer i hate you"; a name-call in a condition on anyone's
conduct whose consequence falls on people at large, "if you're rude to waiters people
will notice"; a group named the victims of a harm word's event, "black people are
victims of violent crime"), the hostile lines in the same words that must stay caught,
and friendly swearing, measured at default settings (`Scorer()`). The lines are in
precision32_probe_lines.py and precision32_holdout_lines.py. (Briefed as precision29; that
name and 30, 31 were taken, so the round is precision32.)

On 2262ef95 before the round, the studied part of the first two shapes (35 hostile, 38
clean, 6 swearing): 33 caught, 37 flagged, 0 swearing flagged. The third shape's lines
(8 hostile, 8 clean, each part) were added after the first two rules: on that tree, 40 of
43 caught, 4 of 46 flagged. After targeting_precision32.py: 40 of 43 caught, 0 of 46
flagged, 0 of 6 swearing. The three misses were misses before the round; the guards only
lower scores.

The held-back part, written with the studied part: on 2262ef95, 38 of 40 caught, 39 of 40
flagged, 0 of 6 swearing flagged; with the third shape's lines and the first two rules,
44 of 48 caught, 5 of 48 flagged. After (counted once, after the last change and the
passing suite): 44 of 48 caught, 1 of 48 flagged, 0 of 6 swearing flagged. Only floors
are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import precision32_holdout_lines as held
from tests.core.scoring import precision32_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Not caught on 2262ef95 either: "this" points the name-call at the reader but older
# rounds read "this stupid" as a thing; an identity word in a condition is read as
# profanity; "gays" after "hope" is read as self-directed.
KNOWN_MISSES: frozenset[str] = frozenset({
    "if you're this stupid people will laugh at you", "if you are gay nobody will love you",
    "i hope gays face violent attacks",
})  # fmt: skip
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.96  # 40 of 43 caught, 0 flagged: 0.964
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 44  # the final count (44 of 48 with the first two rules too)
HELD_FLAGGED_CAP = 1  # the final count (5 of 48 with the first two rules; 39 of 40 first)


class TestPrecision32Probe(ProbeRoundChecks):
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
