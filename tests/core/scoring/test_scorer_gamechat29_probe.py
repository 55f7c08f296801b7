"""The gamechat29 probe (issue 8): in-game chat lines in the round's shapes (a rank
doubted over "even": "how are you even gold"; hours played set against bad play: "500
hours and still this bad"; a team game's position as gamechat28's subject: "our goalie
is a terrible player"; an order to learn a game skill: "learn to ward support") and clean
chat that looks alike (the writer's own rank and
hours, questions that mean it, hours of waiting or of fun, enemies praised, callouts),
measured at default settings (`Scorer()`). The lines are in gamechat29_probe_lines.py
and gamechat29_holdout_lines.py.

The studied part, written before any rule, on base23: 1 of 30 caught, 1 of 33 flagged
("how are you even awake", gamechat25's reading of a doubted skill), 0 of 6 swearing
flagged. Two more shapes' lines were added to both parts after the first two shapes were
built and before their rules (a team game's position as gamechat28's subject; an order
to learn a game skill): with them, on base23, 3 of 44 caught, 1 of 44 flagged. After
targeting_gamechat29.py: 44 caught, the same 1 flagged, 0 swearing flagged.

The held-back part, written with it and counted at the start and the end (and once, by
number only, when the position lines were added: 40 of 45 caught, 0 of 44 flagged): on
base23 with every line, 2 of 52 caught, 0 of 49 flagged, 0 of 6 swearing flagged (1 of
40 and 0 of 40 before the added lines); at the end 51 of 52 caught (left: "the goalie is
such a bad player", "bad" no quality word of gamechat27's), 0 flagged, 0 swearing
flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat29_holdout_lines as held
from tests.core.scoring import gamechat29_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 44 of 44 caught, 1 flagged: 0.989
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 51  # the final count (2 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestGameChat29Probe(ProbeRoundChecks):
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
