"""The hatecheck43 probe (issue 8): calls to confine, round up, lock up, ship off or shut
out an identity group in phrases outside the older lines ("every muslim should be sent
to a camp", "lock up every trans person", "ship them all back, these refugees", "round
the muslims up"), the clean lines in the same words (no group, a kind act, counter-speech,
negation, questions in good faith, reported speech), and friendly swearing, measured at
default settings (`Scorer()`). The lines are in hatecheck43_probe_lines.py and
hatecheck43_holdout_lines.py.

On 38c2622d before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 18 caught, 5 clean flagged, 0 swearing flagged. After targeting_hatecheck43.py:
34 caught, 2 flagged, 0 swearing flagged. The miss: "every last" with a singular group
after a call other than the older ones ("get every last refugee out of this country").
The two false flags come from older words outside this round's shapes: "corrupt" beside
"politicians", and "disgrace" read at the refugees.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 38c2622d, 20 of 40 caught, 6 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 37 of 40 caught, 4 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck43_holdout_lines as held
from tests.core.scoring import hatecheck43_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A singular group after "every last" and a call no older line reads.
KNOWN_MISSES: frozenset[str] = frozenset({"get every last refugee out of this country"})
# Older words outside this round's shapes.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "corrupt politicians should be locked up",
    "refugees were held in camps for years, it's a disgrace",
})  # fmt: skip

TUNE_F1_FLOOR = 0.95  # 34 of 35 caught, 2 flagged: 0.958
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (20 of 40 on 38c2622d)
HELD_FLAGGED_CAP = 4  # the final count (6 of 40 on 38c2622d)


class TestHateCheck43Probe(ProbeRoundChecks):
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
