"""The discord57 probe (issue 8): a member of a Discord server kept out by the room's own
decision, "we" or "lets" before a negated invite, add or join ("we shouldnt invite him",
"can we not let her join", "lets not add him back", "were not inviting <@4> again"), the
clean lines in the same words (the invite wanted, logistics and a reason after the
member, the writer, bots and things, reports, questions and double negations), and
friendly swearing, measured at default settings (`Scorer()`). The lines are in
discord57_probe_lines.py and discord57_holdout_lines.py.

On 3b136144 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_discord57.py:
35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 3b136144, 1 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change): 40 of 40 caught, 0
of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord57_holdout_lines as held
from tests.core.scoring import discord57_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (1 of 40 on 3b136144)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 3b136144)


class TestDiscord57Probe(ProbeRoundChecks):
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
