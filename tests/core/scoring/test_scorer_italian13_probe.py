"""The italian13 probe (issue 8): Italian personal insults and harassment in chat at
default settings (`Scorer()`). The lines are in italian13_probe_lines.py (studied) and
italian13_holdout_lines.py (held back), all written before any rule code was read.

On main before the round the studied part (69 hostile, 33 clean, 7 of them friendly
swearing): 48 caught, 0 clean flagged. After targeting_italian13.py, its words and
lexicon lines: 67 caught, 0 flagged. The held-back part (44 hostile, 40 clean, 6 of them
friendly swearing), counted only at the start and the end: before, 35 caught and 1 clean
flagged; at the end, 42 caught and 1 clean flagged, none of the 6 swearing lines
flagged: the floors here. The known misses are data, so a line that
moves either way fails here.
"""

from __future__ import annotations

from tests.core.scoring import italian13_holdout_lines as held
from tests.core.scoring import italian13_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A starred cut that opens both a name-call and a profane noun ("cogl***": "coglione",
# "coglionata") reads as the weaker word by design (masked_words.py).
KNOWN_MISSES: frozenset[str] = frozenset({"cogl***", "sei un cogl***"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

STUDIED_F1_FLOOR = 0.98  # 67 of 69 caught, none of 33 clean flagged
HELD_CAUGHT_FLOOR = 42  # the end's count: 42/44 (35/44 at the start)
HELD_FLAGGED_CAP = 1  # the end's count: 1/40, as at the start
SWEARING_CEILING = 0.0  # no friendly Italian swearing line flagged
HELD_SWEARING_CEILING = 0.0  # the end's count: 0/6


class TestItalian13Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.PROBE_HOSTILE, probe.PROBE_CLEAN, probe.PROBE_CLEAN[:7]),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_CLEAN[:6]),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=STUDIED_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=HELD_SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
