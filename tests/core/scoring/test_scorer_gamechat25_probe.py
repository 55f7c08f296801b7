"""The gamechat25 probe (issue 8): in-game chat lines in the round's shapes (an order to
leave the match with a tail; a mocking question about the reader's hands, eyes or skill,
or whether they play with their feet or the monitor off; a player or the team said to
suck in chat grammar; a loss to a player mocked) and clean chat that looks alike (the
writer's own, a plan or a rule of the game, a fix, questions that mean it, a boss or a
level lost to, callouts and praise), measured at default settings (`Scorer()`). The
lines are in gamechat25_probe_lines.py and gamechat25_holdout_lines.py.

The studied part grew in three steps, each batch written before its rule: the first
(38 hostile, 35 clean, 6 swearing) on base19c: 10 caught, 5 clean flagged (the boss
and level lines of "imagine losing to this"), 0 swearing flagged; "suck" (11 hostile, 10
clean): 1 caught, 0 flagged; "playing with ur feet" (6 hostile, 5 clean): 1 caught, 0
flagged. Together at the start: 12 of 55 caught, 5 of 50 flagged, 0 of 6 swearing.
After targeting_gamechat25.py, gamechat23's fix and the lexicon lines: 54 caught, 0
flagged, 0 swearing flagged.

The held-back part, written with each batch and counted only at the start and the end:
at the start 14 of 53 caught, 5 of 51 flagged, 0 of 7 swearing flagged; at the end 49
caught, 0 flagged, 0 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat25_holdout_lines as held
from tests.core.scoring import gamechat25_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left as it was: a message whose only hit is "suck" and names no player or group never
# reaches the rules (scorer.py's swearing-only path), so "she suck" with nothing else
# stays unread.
KNOWN_MISSES: frozenset[str] = frozenset({
    "she suck at this game",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 54 of 55 caught, 0 flagged: 0.991
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 49  # the final count (14 at the start)
HELD_FLAGGED_CAP = 0  # the final count (5 at the start)


class TestGameChat25Probe(ProbeRoundChecks):
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
