"""The gamechat55 probe (issue 8): a player in game chat put down as a child: the reader
called a kid, a little kid or a big baby outright ("ur a kid", "you're such a little
kid", "u kid"), a player named by hero, role or pronoun called one ("our mid is a kid",
"this pudge is such a baby"), or the reader waved off with "kid" closing the line ("bye
kid", "calm down kid"); the clean lines in the same words (the writer's own childhood,
real children, generic you, questions, denials, reports and gaming talk), and friendly
swearing, measured at default settings (`Scorer()`). The lines are in
gamechat55_probe_lines.py and gamechat55_holdout_lines.py.

On 2e34a3bf before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 0 clean flagged, 0 swearing flagged. After targeting_gamechat55.py:
34 caught ("ur just a kid" left out: hatecheck17 keeps "you are just a kid" clean), 0
flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 2e34a3bf, 2 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change): 38 of 40 caught, 0
of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat55_holdout_lines as held
from tests.core.scoring import gamechat55_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "just a kid" reassures as often ("you are just a kid", a hatecheck17 clean table line).
KNOWN_MISSES: frozenset[str] = frozenset({"ur just a kid"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 38  # the final count (2 of 40 on 2e34a3bf)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 2e34a3bf)


class TestGameChat55Probe(ProbeRoundChecks):
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
