"""The threats11 probe (issue 8): harm promised to the reader at the next meeting, the
meeting said as a condition before the reader's doom ("if i saw you irl you'd be done",
"if i ever see you irl youre dead", "next time i see you youre finished", "se ti vedo
per strada sei finito", "se ti becco sei fritto"), the clean lines in the same words (a
friendly meeting, game talk, the writer's own doom, reports, quotes, questions, "done" as
finished with something), and friendly swearing, measured at default settings
(`Scorer()`). The lines are in threats11_probe_lines.py and threats11_holdout_lines.py.

On c3674a66 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 6 caught, 1 clean flagged, 0 swearing flagged. After targeting_threats11.py:
35 caught, 1 flagged (the older line below), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on c3674a66, 4 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
39 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import threats11_holdout_lines as held
from tests.core.scoring import threats11_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {
        # The older en/threat.txt line "when i find you" reads it whole; this round's "you're
        # done" goes on ("being sad") and is cancelled. Flagged before the round too.
        "when i find you, you're done being sad ok",
    }
)

TUNE_F1_FLOOR = 0.97  # 35 of 35 caught, 1 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (4 of 40 on c3674a66)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on c3674a66)


class TestThreats11Probe(ProbeRoundChecks):
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
