"""The discord56 probe (issue 8): a member of a Discord server shut out by a call to the
room, the room named after the member ("ignore him guys", "mute <@7> everyone"), the
member left out ("leave her out guys") or answered by nobody ("nobody reply to him"),
the clean lines in the same words (logistics with a reason, the writer, game talk, bots
and spam, questions and reports, the member shielded), and friendly swearing, measured
at default settings (`Scorer()`). The lines are in discord56_probe_lines.py and
discord56_holdout_lines.py.

On 7d8246cf before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 4 caught, 1 clean flagged, 0 swearing flagged. After targeting_discord56.py:
34 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 7d8246cf, 4 of 40 caught, 2 of 40 flagged, 1
of 6 swearing flagged. After (counted once, after the last change, the suite running on
the final rule code with no failure so far): 39 of 40 caught, 1 of 40 flagged, 1 of 6
swearing flagged (as at the start). Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord56_holdout_lines as held
from tests.core.scoring import discord56_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# No hit before or after: "blok" is no typo any line's variants reach, and a bare
# "block" line would be read everywhere.
KNOWN_MISSES: frozenset[str] = frozenset({"blok her guys"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 1 / 6  # 1 of 6 held-back swearing lines flagged at the end
HELD_CAUGHT_FLOOR = 39  # the final count (4 of 40 on 7d8246cf)
HELD_FLAGGED_CAP = 1  # the final count (2 of 40 on 7d8246cf)


class TestDiscord56Probe(ProbeRoundChecks):
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
