"""The discord13 probe (issue 8): Discord chat lines in the round's shapes (slang
put-downs at the reader and at someone in the channel, "kys" spellings, exclusion,
doxxing, streamer harassment, sexual harassment) and clean chat with the same words,
measured at default settings (`Scorer()`). The lines are in discord13_probe_lines.py and
discord13_holdout_lines.py.

On merge14 before the round, the studied part (40 hostile, 35 clean, 10 untargeted
swearing): 33 caught, 3 clean flagged, 0 swearing flagged. After targeting_discord13.py
and its lexicon lines: 39 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 10 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 31 caught, 2 flagged,
0 swearing flagged; after, 33 caught, 2 flagged, 0 swearing flagged. Only floors are
kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord13_holdout_lines as held
from tests.core.scoring import discord13_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 33  # the final count (31 at the start)
HELD_FLAGGED_CAP = 2  # the final count (2 at the start)


class TestDiscord13Probe(ProbeRoundChecks):
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
