"""The hatecheck45 probe (issue 8): phrasings of a functional hate-speech suite that the
scorer missed: a named group said to bring or do only harm ("muslims only bring
violence", "immigrants only ever cause trouble"), reduced to a use ("women are good for
one thing only", "women are only fit for breeding", "women exist only to serve men"),
harm called for on any member who does something ("any immigrant who comes here should
get shot", "every woman who talks back deserves a slap"), and a group given no business
or place ("women have no business in politics"); with the clean lines in the same words
(neutral and positive mentions, kind calls, counter-speech, questions, reported speech)
and friendly swearing, measured at default settings (`Scorer()`). The lines are in
hatecheck45_probe_lines.py and hatecheck45_holdout_lines.py.

On 79207d7f before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 0 clean flagged, 0 swearing flagged. After targeting_hatecheck45.py:
35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 79207d7f, 3 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 39 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck45_holdout_lines as held
from tests.core.scoring import hatecheck45_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (3 of 40 on 79207d7f)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 79207d7f)


class TestHateCheck45Probe(ProbeRoundChecks):
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
