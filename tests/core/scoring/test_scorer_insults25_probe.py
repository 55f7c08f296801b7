"""The insults25 probe (issue 8): a line that opens with a bare list of name-calls and then
reports them as names someone heard, was called or hands out, which older rounds read as
names hurled at the reader ("moron, idiot, freak, i have heard them all", "loser, freak,
weirdo, that is what they called me in school", "troll, shill, bot, call me whatever you
want"), the hostile lines in the same words that must stay caught (the list given to the
reader or to a person, or with no report after it), and friendly swearing, measured at
default settings (`Scorer()`). The lines are in insults25_probe_lines.py and
insults25_holdout_lines.py.

On e36132cc before the round, the studied part (32 hostile, 35 clean, 6 untargeted
swearing): 32 caught, 34 clean flagged, 0 swearing flagged. After
targeting_insults25.py: 32 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on e36132cc, 39 of 40 caught, 30 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
39 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
The one held-back hostile line not caught was not caught at the start either.
"""

from __future__ import annotations

from tests.core.scoring import insults25_holdout_lines as held
from tests.core.scoring import insults25_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 1.0  # 32 of 32 caught, 0 flagged
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (39 of 40 on e36132cc)
HELD_FLAGGED_CAP = 0  # the final count (30 of 40 on e36132cc)


class TestInsults25Probe(ProbeRoundChecks):
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
