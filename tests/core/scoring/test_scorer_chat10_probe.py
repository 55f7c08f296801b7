"""The chat10 probe (issue 8): sexual acts proposed to or ordered of the reader, or the
reader's sex life asked about, in words no older lexicon line held ("will you make love
to me", "can i be your lover", "i want you to lick it", "i wanna bang you", "get naked
for me", "hows your sex life"), the clean lines in the same words (films, idioms and
chores, others' lovers, negations), and friendly swearing, measured at default settings
(`Scorer()`). The lines are in chat10_probe_lines.py and chat10_holdout_lines.py.

On ad6c72f3 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 1 caught, 1 clean flagged, 0 swearing flagged. After targeting_chat10.py: 35
caught, 1 flagged (the same line, an older reading), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on ad6c72f3, 0 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
35 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import chat10_holdout_lines as held
from tests.core.scoring import chat10_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Flagged on ad6c72f3 already: the older "you re dead" threat line read at the reader.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"bang bang you're dead"})

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 1 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 35  # the final count (0 of 40 on ad6c72f3)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on ad6c72f3)


class TestChat10Probe(ProbeRoundChecks):
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
