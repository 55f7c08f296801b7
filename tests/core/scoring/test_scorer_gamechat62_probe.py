"""The gamechat62 probe (issue 8): a player in game chat blamed by role with "fail" right
before the role or player noun in a short line of its own ("fail carry again", "what a
fail support", "report our fail mid", "ty fail jungler"), the clean lines in the same
words ("fail" as a verb, a thing after the role, the writer's own play, negations,
reports, counter-speech, quotes and questions) and friendly swearing, measured at default
settings (`Scorer()`). The lines are in gamechat62_probe_lines.py and
gamechat62_holdout_lines.py.

On 333e3f84 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 2 caught, 1 clean flagged, 0 swearing flagged. After targeting_gamechat62.py:
34 caught, 1 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 333e3f84, 1 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing scorer
tests): 37 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat62_holdout_lines as held
from tests.core.scoring import gamechat62_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A lane's bare "fail mid" after chat's openers only is the lane's state, as gamechat13
# and gamechat27 leave it; the round reads its player only after a naming word.
KNOWN_MISSES: frozenset[str] = frozenset({"gg fail mid lol"})
# An older reading of "cost us" said of the swap's "tank" as a person, flagged on the base.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"fail tank swap cost us the fight"})

TUNE_F1_FLOOR = 0.97  # 34 of 35 caught, 1 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing

HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (1 of 40 on 333e3f84)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on 333e3f84)


class TestGameChat62Probe(ProbeRoundChecks):
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
