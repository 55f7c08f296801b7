"""The discord46 probe (issue 8): a member's own work or self-expression trashed to their
face in a Discord server ("ur art is trash", "your posts are so cringe", "your singing is
awful", "your pfp is ugly af"), the clean lines in the same words (the speaker's own work,
things that are nobody's, gear and connection, praise, negations, questions, a member
asking for help, reports, conditions and advice), and friendly swearing, measured at
default settings (`Scorer()`). The lines are in discord46_probe_lines.py and
discord46_holdout_lines.py.

On 2e34a3bf before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 6 caught, 1 clean flagged, 0 swearing flagged. After targeting_discord46.py:
35 caught, 1 flagged (the same one, an older reading), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 2e34a3bf, 15 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
40 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord46_holdout_lines as held
from tests.core.scoring import discord46_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# Flagged on 2e34a3bf already: an older reading takes "so bad" after "are" as said of a
# person outright.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"my drawings are so bad lol"})

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 1 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (15 of 40 on 2e34a3bf)
HELD_FLAGGED_CAP = 2  # the final count (2 of 40 on 2e34a3bf)


class TestDiscord46Probe(ProbeRoundChecks):
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
