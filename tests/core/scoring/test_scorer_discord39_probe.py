"""The discord39 probe (issue 8): threats and calls for harm aimed at the reader that
older rounds missed, the writer's harm to the reader's body ("i'll rip your head off",
"imma knock your teeth out"), harm wished or promised in the passive ("you should get
shot", "ur getting jumped after school"), a blow needed ("you need a slap") and a deadly
place ordered ("go stick your head in a blender"); the clean lines in the same words
(game talk, kind or practical lines, another doer, negation, questions, quotes and
reported speech); and friendly swearing, measured at default settings (`Scorer()`). The
lines are in discord39_probe_lines.py and discord39_holdout_lines.py.

On dcc34c00 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 2 caught, 0 clean flagged, 0 swearing flagged. After targeting_discord39.py:
35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on dcc34c00, 4 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After, counted once after the last change and the passing suite
(23168 passed, 2 xfailed): 38 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord39_holdout_lines as held
from tests.core.scoring import discord39_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged at the start
HELD_CAUGHT_FLOOR = 38  # 38 of 40 at the final count (4 on dcc34c00)
HELD_FLAGGED_CAP = 0  # 0 of 40 at the final count (0 on dcc34c00)


class TestDiscord39Probe(ProbeRoundChecks):
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
