"""The hatecheck60 probe (issue 8): veiled threats and the claim that no one would miss a
named identity group ("it's open season on immigrants", "someone should do something
about the gays", "we'll deal with the muslims soon enough", "would anyone even miss the
refugees if they vanished?", "nobody would miss the jews"), the clean lines in the same
words (things, animals and problems, the group's things, a manner or a plight after the
group, someone who would miss it, real questions, counter-speech, reports, quotes,
negations) and friendly swearing, measured at default settings (`Scorer()`). The lines
are in hatecheck60_probe_lines.py and hatecheck60_holdout_lines.py.

On 189557ea before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 1 clean flagged, 0 swearing flagged. After targeting_hatecheck60.py
and its en/threat.txt lines: 35 caught, 1 flagged, 0 swearing flagged. The flagged line,
"he said someone should do something about the gays, disgusting", was flagged before the
round by the older identity rules ("the gays, disgusting" read as said of the group) and
stayed so until hatecheck86 read "disgusting" after a report as the writer's judgement of
it; this round's own line in it is cancelled as reported.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 189557ea, 0 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
39 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck60_holdout_lines as held
from tests.core.scoring import hatecheck60_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 1.0  # 35 of 35 caught, 0 flagged (1 before hatecheck86)
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (0 of 40 on 189557ea)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 189557ea)


class TestHateCheck60Probe(ProbeRoundChecks):
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
