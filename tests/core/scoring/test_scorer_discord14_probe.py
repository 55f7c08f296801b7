"""The discord14 probe (issue 8): Discord chat lines in the round's shapes ("npc" and
other slang put-downs, "go unalive", "u smell", "imagine having no friends", the
absent-parent jab, gender exclusion, mass-report calls, "ratio", gatekeeping) and clean
chat with the same words, measured at default settings (`Scorer()`). The lines are in
discord14_probe_lines.py and discord14_holdout_lines.py.

On merge14 before the round, the studied part (31 hostile, 27 clean, 4 untargeted
swearing): 9 caught, 0 clean flagged, 0 swearing flagged. After targeting_discord14.py,
its lexicon lines and the gamechat8 fix: 24 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 19 caught, 1 flagged,
0 swearing flagged; after, 28 caught, 1 flagged, 0 swearing flagged. Only floors are
kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord14_holdout_lines as held
from tests.core.scoring import discord14_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.87
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 28  # the final count (19 at the start)
HELD_FLAGGED_CAP = 1  # the final count (1 at the start)


class TestDiscord14Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
