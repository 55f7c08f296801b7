"""The gamechat20 probe (issue 8): game chat of other games (League, Valorant, CS,
Overwatch, Minecraft servers) in the round's shapes (a skill likened to a grandmother's
or a bot's, a report called on a role, a role name-called or blamed, an order to quit the
game, sarcastic praise) and clean chat of the look-alikes (callouts and strategy, the
writer's own blame, praise, game talk about characters and files), measured at default
settings (`Scorer()`). The lines are in gamechat20_probe_lines.py and
gamechat20_holdout_lines.py.

On main before the round, the studied part (42 hostile, 41 clean, 6 untargeted
swearing): 26 caught, 2 clean flagged, 0 swearing flagged. After targeting_gamechat20.py,
its lexicon lines and its fixes at depth (gamechat7's sarcastic praise, gamechat9's loss
blame, gamechat16's feed praise): 35 caught, 0 flagged, 0 swearing flagged (41 with a
report rule on roles and "cuz", both taken out: see below).

The held-back part (40 hostile, 40 clean, 7 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 22 caught, 1 flagged,
0 swearing flagged; after, 31 caught, 0 flagged, 0 swearing flagged (the misses: seven
report calls, a mother and a little brother said to play better). Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat20_holdout_lines as held
from tests.core.scoring import gamechat20_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A report called on a role is an action, not toxicity, to game chat's annotators
# (CONDA's A class: a rule catching these took conda_train's A controls from 2.0% to 8.4%
# flagged, so it was taken out). "cuz" as an anchor of "lost cuz of" moved an older group
# reading, as gamechat16 found, so "we lost cuz of u" is left.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "report jungle", "report our mid", "report support pls", "report adc",
        "report the healer", "report our tank",
    }
)  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.90  # 35 of 42 caught, none flagged: 0.909
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 31  # the final count (22 at the start)
HELD_FLAGGED_CAP = 0  # the final count (1 at the start)


class TestGameChat20Probe(ProbeRoundChecks):
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
