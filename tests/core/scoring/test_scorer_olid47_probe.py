"""The olid47 probe (issue 8): contempt for one person through a vice noun without
olid46's verdict frame: "the <vice> of" a person said whole ("the hypocrisy of this
woman, wow", "the nerve of this guy"), a vice "from" a person after "such" or "peak"
("such arrogance from that man"), a vice of theirs on show ("showing his ignorance
again") and a possessive vice that never ends ("her lies never stop"); the clean lines
in the same words (things, companies, sayings, the body, game chat's praise, the writer's
own, quotes, reports, stories, virtues) and friendly swearing, measured at default
settings (`Scorer()`). The lines are in olid47_probe_lines.py and olid47_holdout_lines.py.

On 333e3f84 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 4 caught, 2 clean flagged, 0 swearing flagged. After targeting_olid47.py and
the round's en/insult.txt lines: 35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 333e3f84, 5 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing tests):
40 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid47_holdout_lines as held
from tests.core.scoring import olid47_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 1.0  # 35 of 35 caught, 0 flagged
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (5 of 40 on 333e3f84)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 333e3f84)


class TestOlid47Probe(ProbeRoundChecks):
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
