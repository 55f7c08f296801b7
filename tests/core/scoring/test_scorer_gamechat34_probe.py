"""The gamechat34 probe (issue 8): in-game chat lines that flame a player named by a hero
with "this" or "that" and a put-down made sure of the player, by an intensifier ("this
jett is absolute trash", "that pudge is complete garbage") or by a cue of this game's
play ("this sven is trash again", "this jett is trash today"), and clean chat that looks
alike (items, abilities and the patch judged, the writer's own hero, the champion judged
bare, praise, the enemy's strength, denied, asked, reported, quoted), measured at default
settings (`Scorer()`). The lines are in gamechat34_probe_lines.py and
gamechat34_holdout_lines.py.

The studied part, written before any rule, on base29 (35 hostile, 32 clean, 6
untargeted swearing): 12 caught (older shapes kept, and "uninstall" after a put-down),
0 flagged, 0 swearing flagged. After targeting_gamechat34.py: 35 caught, 0 flagged, 0
swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 4 caught, 0 flagged, 0
swearing flagged; after, 35 caught, 0 flagged, 0 swearing flagged (not read line by line;
by their wording the five left are presumably the heroes no hero list holds, everyday
words "lion", "axe", "phoenix", "sage", and "rn", no cue of this game).
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat34_holdout_lines as held
from tests.core.scoring import gamechat34_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 35 of 35 caught, 0 flagged: 1.000
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 35  # the final count (4 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestGameChat34Probe(ProbeRoundChecks):
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
