"""The gamechat27 probe (issue 8): in-game chat lines in the round's shapes (a hero or a
role after "this" / "that" judged the worst; a bad-quality word before a player noun, a
role or a hero, said whole; a fail label before a role) and clean chat that looks alike
(the writer's own play, maps, patches and skins judged, enemies praised, callouts),
measured at default settings (`Scorer()`). The lines are in gamechat27_probe_lines.py
and gamechat27_holdout_lines.py.

The studied part, written before any rule, on base21: 3 of 37 caught, 0 of 38 flagged,
0 of 7 swearing flagged. After targeting_gamechat27.py: 30 caught (left: the seven
fail labels, "fail mid", "fail jungler": the shape was built and dropped, since half of
its hits on conda's even rows are labelled O, Dota chat writing it of a lane's state, as
gamechat13 found), 0 flagged, 0 swearing flagged.

The held-back part, written with it and counted only at the start and the end: at the
start 5 of 40 caught, 1 of 40 flagged ("i played like the worst tank", flagged by older
rules already), 0 of 7 swearing flagged; at the end 31 caught (left: the eight fail
labels and "ugh this skye is the worst", an opener the shape does not know), the same 1
flagged, 0 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat27_holdout_lines as held
from tests.core.scoring import gamechat27_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A fail label is no call here (gamechat13 and this round left "fail mid" out).
KNOWN_MISSES: frozenset[str] = frozenset({
    "fail mid", "gg fail mid", "fail jungler", "fail carry lol", "fail support",
    "what a fail mid", "fail tank",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.89  # 30 of 37 caught, 0 flagged: 0.896
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 31  # the final count (5 at the start)
HELD_FLAGGED_CAP = 1  # the final count (1 at the start, the same line)


class TestGameChat27Probe(ProbeRoundChecks):
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
