"""The discord42 probe (issue 8): Discord-style threats and shut-outs in chat slang that
the scorer missed ("i'll stomp ur ass into the ground", "imma rock ur jaw", "ima dome
u", "bet, square up", "run the fade", "1v1 me irl", "get out of my dms", "nobody wants to
hear from you"), the clean lines in the same words (game and friendly talk, the writer's
own self, negation, reported speech, questions), and friendly swearing, measured at
default settings (`Scorer()`). The lines are in discord42_probe_lines.py and
discord42_holdout_lines.py.

On 2262ef95 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 4 caught, 0 clean flagged, 0 swearing flagged. After targeting_discord42.py:
34 caught, 0 flagged, 0 swearing flagged. The miss is discord39's own verb and part
("stomp ur head in"), whose older "ur head in" line wins the match; left to it.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 2262ef95, 5 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 38 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import discord42_holdout_lines as held
from tests.core.scoring import discord42_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# discord39's verb and part, read by its older "ur head in" line before and after.
KNOWN_MISSES: frozenset[str] = frozenset({"we gonna stomp ur head in"})
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 38  # the final count (5 of 40 on 2262ef95)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 2262ef95)


class TestDiscord42Probe(ProbeRoundChecks):
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
