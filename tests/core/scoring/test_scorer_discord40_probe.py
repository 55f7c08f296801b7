"""The discord40 probe (issue 8): slang threats of violence aimed at the reader in
Discord and teen chat that the scorer missed ("you need your ass beat", "i'll curb stomp
you", "catch these hands", "imma pull up and smoke you", "you're gonna get clapped irl",
"i'll beat the brakes off you", "keep running your mouth and see what happens", "i'll
put you in the ground"), the clean lines in the same words (game talk, errands, sport,
cooking, negation, reported speech), and friendly swearing, measured at default
settings (`Scorer()`). The lines are in discord40_probe_lines.py and
discord40_holdout_lines.py.

On 914d909d before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 8 caught, 0 clean flagged, 0 swearing flagged. After targeting_discord40.py:
35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 914d909d, 11 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 32 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import discord40_holdout_lines as held
from tests.core.scoring import discord40_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 1.0  # 35 of 35 caught, 0 flagged
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 32  # the final count (11 of 40 on 914d909d)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 914d909d)


class TestDiscord40Probe(ProbeRoundChecks):
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
