"""The precision34 probe (issue 8): forum posts by a writer who counts themself among
lesbians, using the reclaimed word "dyke" of their own people or a friend, which older
rounds read as an identity attack on a group ("she is a dyke and i am a femme", "as a
lesbian, the dykes at my uni are the best", "we were all dykes, just confused dykes"), the
hostile lines in the same words that must stay caught (the word thrown at the reader, a
writer outside the group or a denied claim, another hostile word beside it), and friendly
swearing, measured at default settings (`Scorer()`). The lines are in
precision34_probe_lines.py and precision34_holdout_lines.py.

On 62683186 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 34 caught, 24 clean flagged, 0 swearing flagged. After
targeting_precision34.py: 34 caught, 1 flagged, 0 swearing flagged. The miss has no
hostile reading before or after ("i am no dyke, those people are sick" reads as the
writer's own word); the false flag claims through a noun phrase the rule does not read
("me and my girlfriend are both dykes").

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 62683186, 40 of 40 caught, 27 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
39 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
The one held-back line lost is a hostile line in the round's shape that the guard now
cancels; it is not named here, so that the held part stays unread.
"""

from __future__ import annotations

from tests.core.scoring import precision34_holdout_lines as held
from tests.core.scoring import precision34_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Not caught on 62683186 either; the guard only lowers scores.
KNOWN_MISSES: frozenset[str] = frozenset({"i am no dyke, those people are sick"})
# The writer's claim through "me and my girlfriend": not read.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "me and my girlfriend are both dykes and we love it",
})  # fmt: skip

TUNE_F1_FLOOR = 0.97  # 34 of 35 caught, 1 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (40 of 40 on 62683186)
HELD_FLAGGED_CAP = 2  # the final count (27 of 40 on 62683186)


class TestPrecision34Probe(ProbeRoundChecks):
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
