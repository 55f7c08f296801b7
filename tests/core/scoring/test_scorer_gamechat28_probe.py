"""The gamechat28 probe (issue 8): in-game chat lines in the round's shapes (a third
person called a bad player, role or hero after a copula; "the worst" before a hero or a
role, said whole; a person said to lack any clue of the game or its sense) and clean
chat that looks alike (the writer's own play, maps, patches, skins and items judged,
enemies praised, asked, callouts), measured at default settings (`Scorer()`). The lines
are in gamechat28_probe_lines.py and gamechat28_holdout_lines.py.

The studied part of the first two shapes, written before any rule, on base22: 11 of 34
caught, 0 of 35 flagged, 0 of 6 swearing flagged. The clue shape's lines were added to
both parts after the first two shapes were built and before its rule: with them, on
base22, 12 of 46 caught, 0 of 46 flagged. After targeting_gamechat28.py: 46 caught, 0
flagged, 0 swearing flagged.

The held-back part, written with it and counted at the start and the end (and once,
by number only, when the clue lines were added: 36 of 52 caught, 4 of 51 flagged): at
the start 12 of 40 caught, 4 of 40 flagged (with the clue lines, 13 of 52 and 4 of 51),
0 of 6 swearing flagged; at the end 50 of 52 caught (left: "our bot lane is a terrible
duo", a lane's pair, and "our goalie is a terrible player", a goalie read as a place),
the same 4 flagged by older rules ("the worst jungler here is me", "he is a terrible
loser"), 0 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat28_holdout_lines as held
from tests.core.scoring import gamechat28_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 46 of 46 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 50  # the final count (13 at the start)
HELD_FLAGGED_CAP = 4  # the final count (4 at the start, the same lines)


class TestGameChat28Probe(ProbeRoundChecks):
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
