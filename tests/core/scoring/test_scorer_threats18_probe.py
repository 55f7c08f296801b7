"""The threats18 probe (issue 8): the writer's blow at the reader held back only by the
screen or by a meeting that has not happened, said as relief or regret ("good thing i
cant kill you in real life", "too bad i cant slap you from here", "wish i could kill
you in real life") or promised once the screen is lifted or the two meet ("if this
wasnt the internet i'd kill you", "if we met irl id kill you", "i would kill you if we
met irl"); the clean lines in the same frames (no blow, game actions, reports and
quotes, harm to the writer, denials, "kill" said of things) and friendly swearing,
measured at default settings (`Scorer()`). The lines are in threats18_probe_lines.py
and threats18_holdout_lines.py.

On 333e3f84 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 4 caught, 1 clean flagged, 0 swearing flagged. After targeting_threats18.py
and its en/threat.txt lines: 34 caught, 1 flagged, 0 swearing flagged. The miss is a
blow no line names ("hit you", left alone: "hit you up" is chat's call); the flag is a
quoted threat called "cringe", that word's own older reading, not the threat's.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 333e3f84, 9 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
tests): 40 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import threats18_holdout_lines as held
from tests.core.scoring import threats18_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset({"too bad i cant hit you through the monitor"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {"'if we met irl id kill you' is such a cringe thing to type"}
)

TUNE_F1_FLOOR = 0.97  # 34 of 35 caught, 1 flagged: F1 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (9 of 40 on 333e3f84)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 333e3f84)


class TestThreats18Probe(ProbeRoundChecks):
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
