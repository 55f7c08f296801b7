"""The hatecheck66 probe (issue 8): a named identity group refused any place ("there is
no place for trans people in this country", "there's no room for muslims here", "this
country has no place for immigrants"), or said to be pointless or a waste of time
("women are a waste of time", "gays are pointless"), the clean lines in the same words
(no place for a thing, a place for everyone, room on a bus or a place to do a thing,
things that are pointless, positive mentions, negations, questions, counter-speech and
reports), and friendly swearing, measured at default settings (`Scorer()`). The lines
are in hatecheck66_probe_lines.py and hatecheck66_holdout_lines.py.

On 2c865dec before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_hatecheck66.py:
33 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 2c865dec, 0 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
36 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck66_holdout_lines as held
from tests.core.scoring import hatecheck66_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Out of the shape: the place named between "no place" and "for" ("no place in this
# country for ...") is no line of the round; "no space for" is left out (its "space" as
# the round's own word would be unknown to forum17's "safe space").
KNOWN_MISSES: frozenset[str] = frozenset({
    "there is no place in this country for gay people",
    "there is no space for gay people in our church",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 33 of 35 caught, 0 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 at the final count
HELD_CAUGHT_FLOOR = 36  # the final count (0 of 40 on 2c865dec)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 2c865dec)


class TestHateCheck66Probe(ProbeRoundChecks):
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
