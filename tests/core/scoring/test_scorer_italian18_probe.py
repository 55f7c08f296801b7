"""The italian18 probe (issue 8): the last shapes of Italian hate against groups at
default settings (a group said to come here to do harm, humanity denied or lessened, a
group called a ruin, threats at "il prossimo <member> che vedo", slurs with digits or
symbols; reported views denied, harms wished with "non voglio che"). The lines are in
italian18_probe_lines.py (written before the round's rule code was read) and
italian18_holdout_lines.py (held back, written before any rule).

On main before the round the studied part (39 hostile, 36 clean, 5 of them friendly
swearing): 24 caught, 2 clean flagged. After the round: 38 caught, 0 flagged. The
held-back part (45 hostile, 41 clean, 5 of them swearing), counted only at the start and
the end: before, 23 caught, 4 clean flagged, 0 swearing lines flagged; at the end, 39
caught, 3 clean flagged, 0 swearing lines flagged: the floors here.
"""

from __future__ import annotations

from tests.core.scoring import italian18_holdout_lines as held
from tests.core.scoring import italian18_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "prendo a calci" is no threat phrase of the lexicon.
KNOWN_MISSES: frozenset[str] = frozenset({"la prossima musulmana che vedo la prendo a calci"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

STUDIED_F1_FLOOR = 0.98  # 38 of 39 caught, 0 of 36 clean flagged
HELD_CAUGHT_FLOOR = 39  # the end's count: 39/45 (23/45 at the start)
HELD_FLAGGED_CAP = 3  # the end's count: 3/41 (4/41 at the start)
SWEARING_CEILING = 0.0  # no friendly swearing line flagged
HELD_SWEARING_CEILING = 0.0  # the end's count: 0/5, as at the start


class TestItalian18Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.PROBE_HOSTILE, probe.PROBE_CLEAN, probe.PROBE_CLEAN[:5]),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_CLEAN[:5]),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=STUDIED_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=HELD_SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
