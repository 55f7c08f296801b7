"""The discord60 probe (issue 8): a mentioned member of a Discord server kept out with a
ban word before "let" and the joining after the mention ("never let <@9> join again",
"nobody let <@4> back in"), or a user mention opening its line denied a place in the
server ("<@9> shouldnt be allowed here", "<@7> should not be in this server", "<@5>
doesnt belong here"); the clean lines in the same words (game talk, chores, a rank or a
channel, timing, reports, questions, praise, counter-speech) and friendly swearing,
measured at default settings (`Scorer()`). The lines are in discord60_probe_lines.py and
discord60_holdout_lines.py.

On 156dda74 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_discord60.py
and its en/exclusion.txt lines: 35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 156dda74, 0 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing tests):
39 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord60_holdout_lines as held
from tests.core.scoring import discord60_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 1.0  # 35 of 35 caught, 0 flagged
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (0 of 40 on 156dda74)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 156dda74)


class TestDiscord60Probe(ProbeRoundChecks):
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
