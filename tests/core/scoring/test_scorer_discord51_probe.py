"""The discord51 probe (issue 8): a member of a Discord server shut out of the room, their
place in it questioned ("why is he even in this server", "why is <@1> still in the gc")
or a new room called for without them ("lets make a new gc without her", "new server
without <@1>"); the clean lines in the same words (bots, things, the room at large, the
writer, real questions, reasons, reports, negations and quotes), and friendly swearing,
measured at default settings (`Scorer()`). The lines are in discord51_probe_lines.py and
discord51_holdout_lines.py.

On 16db2adf before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_discord51.py:
34 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 16db2adf, 0 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
40 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord51_holdout_lines as held
from tests.core.scoring import discord51_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "said" after the room reads as a real question's reason ("... didnt he say he was
# leaving"); the grudge "after what he said" is left to a later round.
KNOWN_MISSES: frozenset[str] = frozenset({"why is he still in this server after what he said"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (0 of 40 on 16db2adf)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 16db2adf)


class TestDiscord51Probe(ProbeRoundChecks):
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
