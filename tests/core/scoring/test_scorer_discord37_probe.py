"""The discord37 probe (issue 8): dismissive put-downs and mockery of the reader with no
insult word: taunts ("cry more", "stay mad", "cope harder"), the reader's claim waved off
("sure you are buddy", "keep telling yourself that", "cool story bro"), the reader
silenced ("sit down and be quiet", "shh the adults are talking") or sent to read ("go
read a book"); the clean lines in the same words that must stay clean (crying at a
story, reading on a train, sitting down to relax, "sure" as a yes, a kind "bless your
heart", "stay mad cute"), and friendly swearing, measured at default settings
(`Scorer()`). The lines are in discord37_probe_lines.py and discord37_holdout_lines.py.

On ac169d9e before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 14 caught, 2 clean flagged, 0 swearing flagged. After targeting_discord37.py:
35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on ac169d9e, 16 of 40 caught, 5 of 40 flagged, 0
of 6 swearing flagged. After, counted once after the last change and the passing suite
(22525 passed, 2 xfailed): 38 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord37_holdout_lines as held
from tests.core.scoring import discord37_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 38  # the final count (16 of 40 on ac169d9e)
HELD_FLAGGED_CAP = 2  # the final count (5 of 40 on ac169d9e)


class TestDiscord37Probe(ProbeRoundChecks):
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
