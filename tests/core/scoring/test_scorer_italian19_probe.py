"""The italian19 probe (issue 8): misses of an Italian functional hate suite and Italian
chat (feminine agreement, "vengono qui e <verb>", single group members, a group named in
one sentence and judged in the next, spelling variations, direct insults in chat; praise
after a rhetorical question). The lines are in italian19_probe_lines.py (written before
the round's rule code was read) and italian19_holdout_lines.py (held back, written
before any rule).

On main before the round the studied part (42 hostile, 31 clean, 5 of them friendly
swearing): 33 caught, 2 clean flagged. After the round: 42 caught, 0 flagged. The
held-back part (49 hostile, 42 clean, 5 of them swearing), counted only at the start and
the end: before, 38 caught, 1 clean flagged, 0 swearing lines flagged; at the end, 44
caught, 1 clean flagged, 0 swearing lines flagged: the floors here.
"""

from __future__ import annotations

from tests.core.scoring import italian19_holdout_lines as held
from tests.core.scoring import italian19_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

STUDIED_F1_FLOOR = 1.0  # 42 of 42 caught, 0 of 31 clean flagged
HELD_CAUGHT_FLOOR = 44  # the end's count: 44/49 (38/49 at the start)
HELD_FLAGGED_CAP = 1  # the end's count: 1/42 (1/42 at the start)
SWEARING_CEILING = 0.0  # no friendly swearing line flagged
HELD_SWEARING_CEILING = 0.0  # the end's count: 0/5, as at the start


class TestItalian19Probe(ProbeRoundChecks):
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
