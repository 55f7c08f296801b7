"""The gamechat59 probe (issue 8): a player in game chat named by hero or role and called
bad, brainless or terrible in a short line of its own ("pudge is bad", "sf really bad",
"jugg bad af", "pudge no brain", "sf awful gg"), the clean lines in the same words (the
hero, a pick, an item or a build judged, a matchup or a patch after the word, the writer's
own hero, negations, questions, reports and opinions) and friendly swearing, measured at
default settings (`Scorer()`). The lines are in gamechat59_probe_lines.py and
gamechat59_holdout_lines.py.

On d6691716 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_gamechat59.py:
28 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on d6691716, 2 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing scorer
tests): 35 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat59_holdout_lines as held
from tests.core.scoring import gamechat59_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A bare "bad" is no lexicon line here; gamechat60's gated hit reads "<player> bad" and
# "bad <player>" since, but not a lane before "bad" ("mid bad": the lane, as gamechat21
# reads "our mid bad"); "pa" is an everyday word, and pointed at ("this pa") the round
# leaves it to the older rules (a thing).
KNOWN_MISSES: frozenset[str] = frozenset({"mid bad", "this pa horrible"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 33 of 35 caught (28 before gamechat60), 0 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 35  # the final count (2 of 40 on d6691716)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on d6691716)


class TestGameChat59Probe(ProbeRoundChecks):
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
