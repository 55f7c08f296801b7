"""The gamechat30 probe (issue 8): in-game chat lines in the round's shapes (a player
summed up as an archetype: "typical trash jungler", "another useless support"; a player
called a thing or a beast with an intensifier: "our jungler is a literal dog", "our mid
is an absolute potato") and clean chat that looks alike (the writer's own play, loot and
servers called trash, pets and things, callouts, enemies praised, "how are you even
awake" asked in earnest), measured at default settings (`Scorer()`). The lines are in
gamechat30_probe_lines.py and gamechat30_holdout_lines.py.

The studied part, written before any rule, on base25: 4 of 34 caught, 2 of 35 flagged
("how are you even awake", gamechat25's doubt; "jett is an absolute monster, gj", an
older reading of "monster"), 0 of 6 swearing flagged. After targeting_gamechat30.py and
its fixes: 30 caught, 1 flagged, 0 swearing flagged.

The held-back part, written with it and counted at the start and the end only: on
base25 3 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged; at the end 33 of 40 caught (left:
three "actual" calls, "the enemy adc is an absolute monkey" with two owners, "typical
braindead mercy", "typical garbage jungler smh" and "another useless mid laner" with
their tails and two-word roles), 1 of 40 flagged ("reyna is an absolute monster, wp",
the older "monster" reading), 0 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat30_holdout_lines as held
from tests.core.scoring import gamechat30_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "mercy" is no hero word of gamechat12's (an everyday word); "actual" no lexicon word
# (a new token moves unrelated rows); "the enemy jungler" two owners before the role,
# more than gamechat14's subject takes.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "this sova is an actual monkey",
        "our keeper is an actual donkey",
    }
)
# An older reading of "monster" said of a hero outright; praise after it, left alone.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"jett is an absolute monster, gj"})

TUNE_F1_FLOOR = 0.92  # 30 of 34 caught, 1 flagged: 0.923
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 33  # the final count (3 at the start)
HELD_FLAGGED_CAP = 1  # the final count (2 at the start)


class TestGameChat30Probe(ProbeRoundChecks):
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
