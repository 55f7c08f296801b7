"""The hatecheck86 probe (issue 8): a hateful claim about a named group attributed to
someone and taken up by the writer, before it ("like my dad says, immigrants are rats",
"its true what they say, muslims are vermin") or after it ("my uncle says immigrants are
rats and hes not wrong"), which is the writer's own; the clean lines in the same words
(the claim reported and condemned or flagged to the mods, the same leads before a kind
line, denials, a claim named and judged by the writer after it: "women are stupid is such
a dumb take") and friendly swearing, measured at default settings (`Scorer()`). The lines
are in hatecheck86_probe_lines.py and hatecheck86_holdout_lines.py.

On 156dda74 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 2 caught, 6 clean flagged, 0 swearing flagged. After targeting_hatecheck86.py:
35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 156dda74, 7 of 40 caught, 5 of 40 flagged, 0 of
6 swearing flagged. After (counted once, after the last change and the passing tests): 40
of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck86_holdout_lines as held
from tests.core.scoring import hatecheck86_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 1.0  # 35 of 35 caught, 0 flagged
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (7 of 40 on 156dda74)
HELD_FLAGGED_CAP = 2  # the final count (5 of 40 on 156dda74)


class TestHateCheck86Probe(ProbeRoundChecks):
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
