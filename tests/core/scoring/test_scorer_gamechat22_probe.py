"""The gamechat22 probe (issue 8): in-game chat of shooters, MOBAs, Rocket League and
block-game servers in the round's shapes (a relative likened down, a verdict in the chat
line joined after a player is named, ranks and game sense thrown at a player, "npc" and
"carried" jabs) and clean chat that looks alike (the same words about oneself, surrender
votes, callouts, praise, a game's npcs, friendly swearing), measured at default settings
(`Scorer()`). The lines are in gamechat22_probe_lines.py and gamechat22_holdout_lines.py.

On merge18 before the round, the studied part (34 hostile, 31 clean, 6 untargeted
swearing): 16 caught, 0 clean flagged, 0 swearing flagged. After targeting_gamechat22.py
and its lexicon lines: 28 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 39 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 17 caught, 0 flagged,
0 swearing flagged; after, 25 caught, 0 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat22_holdout_lines as held
from tests.core.scoring import gamechat22_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Shapes the round left alone: a rank doubted, placements, a K/D record, a report.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "who let u out of placements",
        "get carried harder",
        "ratio'd and ur 0-10",
        "boosted monkey",
        "report our jungler hes trolling",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.90  # 28 of 34 caught, 0 flagged: 0.903
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 25  # the final count (17 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestGameChat22Probe(ProbeRoundChecks):
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
