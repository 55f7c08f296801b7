"""The italian17 probe (issue 8): Italian hate against groups at default settings (a
group said to despise, ruin or live off something general, "arabo", "nero", "femmina" as
group nouns, dehumanising nouns said of a group). The lines are in
italian17_probe_lines.py (written before the round's rule code was read) and
italian17_holdout_lines.py (held back, written before any rule).

On main before the round the studied part (50 hostile, 38 clean, 5 of them friendly
swearing): 31 caught, 0 clean flagged. After the round: 50 caught, 0 flagged. The
held-back part (45 hostile, 42 clean, 5 of them swearing), counted only at the start and
the end: before, 26 caught, 0 clean flagged, 0 swearing lines flagged; at the end, 43
caught, 0 clean flagged, 0 swearing lines flagged: the floors here. The studied part has
no known misses or false flags, so a line that moves either way fails here.
"""

from __future__ import annotations

from tests.core.scoring import italian17_holdout_lines as held
from tests.core.scoring import italian17_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

STUDIED_F1_FLOOR = 0.99  # 50 of 50 caught, 0 of 38 clean flagged
HELD_CAUGHT_FLOOR = 43  # the end's count: 43/45 (26/45 at the start)
HELD_FLAGGED_CAP = 0  # the end's count: 0/42, as at the start
SWEARING_CEILING = 0.0  # no friendly swearing line flagged
HELD_SWEARING_CEILING = 0.0  # the end's count: 0/5, as at the start


class TestItalian17Probe(ProbeRoundChecks):
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
