"""The precision29 probe (issue 8): friendly profanity said at no one, which older rounds
read as an order or a come-on to the reader ("fuck me what a terrible game", "kiss my ass
goodbye, lag is back", "suck my balls, lag"), the hostile lines in the same words that
must stay caught ("fuck you", "suck my dick you loser", "kiss my ass, idiot", "fuck me?
no, fuck you", a curse at a person named after it), and friendly swearing, measured at
default settings (`Scorer()`). The lines are in precision29_probe_lines.py and
precision29_holdout_lines.py.

On 38c2622d before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 35 caught, 27 clean flagged, 0 swearing flagged. After
targeting_precision29.py: 35 caught, 2 flagged, 0 swearing flagged. The two false flags
are other words' readings: "boss" in "this boss is evil" reads as a person, and "left"
in "no heals left" as a side (precision26's person words), which the guard stands down
on.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 38c2622d, 40 of 40 caught, 34 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
40 of 40 caught, 3 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import precision29_holdout_lines as held
from tests.core.scoring import precision29_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Other words' readings: "this boss is evil" (a person), "no heals left" (a side).
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "fuck me running this boss is evil", "yeah kiss my ass goodbye, no heals left",
})  # fmt: skip

TUNE_F1_FLOOR = 0.97  # 35 of 35 caught, 2 flagged: 0.972
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (40 of 40 on 38c2622d too)
HELD_FLAGGED_CAP = 3  # the final count (34 of 40 on 38c2622d)


class TestPrecision29Probe(ProbeRoundChecks):
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
