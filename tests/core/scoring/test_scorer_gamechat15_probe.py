"""The fifteenth game-chat probe (issue 8): sarcastic "way to throw / feed / lose" blame,
a player who "sucked", and a role judged behind an intensifier or in a pair ("so useless
sup", "our tank and healer so bad"), with the same words of the game, the map, oneself
and "way to go" praise as clean lines. The lines are in gamechat15_probe_lines.py and
gamechat15_holdout_lines.py, written before any rule.

On main before the round, the studied part (18 hostile, 18 clean, 5 swearing): 1 caught,
0 clean flagged, swearing 0 of 5. After targeting_gamechat15.py, the "gamechat15" lexicon
lines and gamechat4's "sucked": 18 caught, 0 clean flagged, swearing 1 of 5 ("fuck that
sucked", read as "fuck that sucks" already was on main: the curse's reading, not this
round's).

The held-back batch (20 hostile, 20 clean, 5 of them swearing), counted only at the start
and the end: before, 2 caught, 0 clean flagged, swearing 0 of 5 (F1 0.18); after, 17
caught, 1 clean flagged, swearing 1 of 5 (F1 0.89). Its misses: "way to give them rosh"
("give" is no line), "pretty useless carry" (an older rule reads it of a person but
under the line), "mid so damn bad" ("damn" between). Its false flag: "damn that
sucked", read as "damn that sucks" already was on main, a curse before "that" taken as
said to the reader. The floors below are that final count.
"""

from __future__ import annotations

from tests.core.scoring import gamechat15_holdout_lines as held
from tests.core.scoring import gamechat15_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

HELD_F1_FLOOR = 0.89
HELD_CAUGHT_FLOOR = 17
HELD_FLAGGED_CAP = 1
HELD_SWEARING_CEILING = 0.2


class TestGameChat15Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=0.97,
        swearing_ceiling=0.2,
        held_swearing_ceiling=HELD_SWEARING_CEILING,
        held_f1_floor=HELD_F1_FLOOR,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
