"""The gamechat56 probe (issue 8): a player pointed at by "this" or "that" and a hero's
name and called worthless outright ("this pudge is trash", "that invoker is a joke",
"this slark is so useless"), the clean lines in the same words (the hero, its kit, an
item or the game judged, the past, negations, questions, reports and the writer's own
hero), and friendly swearing, measured at default settings (`Scorer()`). The lines are
in gamechat56_probe_lines.py and gamechat56_holdout_lines.py.

On 6932ae4f before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 8 caught, 0 clean flagged, 0 swearing flagged. After targeting_gamechat56.py:
12 caught, 0 flagged, 0 swearing flagged. The lines were written before the rule and
mostly give a bare verdict ("this pudge is trash"), which older rounds (gamechat12's
table, gamechat36) keep as a view of the champion; the rule was narrowed to the verdict
with an intensifier ("that bristle is such a joke") and the bare lines are known misses.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 6932ae4f, 8 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
13 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged (the held-back lines, like
the studied ones, mostly give the bare verdict the older rounds keep clean). Only floors
are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat56_holdout_lines as held
from tests.core.scoring import gamechat56_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A bare verdict after "this" or "that" is a view of the champion (gamechat12's table,
# gamechat36), so these lines, written before the rule, stay as the older rules read them;
# and "phantom" is no hero name here (an everyday word as often).
KNOWN_MISSES: frozenset[str] = frozenset({
    "this pudge is trash",
    "that invoker is garbage",
    "this slark is useless",
    "this zeus is a joke",
    "that qop is trash",
    "this legion is shit",
    "this jugg is pathetic",
    "this meepo is worthless",
    "gg this pudge is trash",
    "lol this slark is useless",
    "that pudge is trash lol",
    "this alch is garbage tbh",
    "wow this puck is useless",
    "this huskar is a joke",
    "this medusa is terrible",
    "this bloodseeker is trash",
    "this windranger is useless",
    "this necro is pathetic",
    "this rubick is trash, never again",
    "this pudge is a disgrace",
    "this juggernaut is trash",
    "this sven is useless",
    "this phantom is terrible",
})  # fmt: skip
# None flagged before or after.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.51  # 12 of 35 caught, 0 flagged: 0.511
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 13  # the final count (8 of 40 on 6932ae4f)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on 6932ae4f)


class TestGameChat56Probe(ProbeRoundChecks):
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
