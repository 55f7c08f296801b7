"""The hatecheck79 probe (issue 8): violence called for against a nation named by its
bare adjective used as a plural group noun ("kill the japanese", "we should shoot the
french", "someone needs to hang the irish", "gas the vietnamese"), the clean lines in the
same words (a thing after the adjective, game talk, sport, food and praise, history and
news, negations, questions, counter-speech and reports), and friendly swearing, measured
at default settings (`Scorer()`). The lines are in hatecheck79_probe_lines.py and
hatecheck79_holdout_lines.py.

On 7eca2328 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 4 caught, 0 clean flagged, 0 swearing flagged. After targeting_hatecheck79.py:
34 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 7eca2328, 10 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing scorer
tests): 37 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck79_holdout_lines as held
from tests.core.scoring import hatecheck79_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "i say we ..." is read as the writer reporting speech (an older reading) before this
# round's rule sees it.
KNOWN_MISSES: frozenset[str] = frozenset({"i say we kill the british"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (10 of 40 on 7eca2328)
HELD_FLAGGED_CAP = 2  # the final count (2 of 40 on 7eca2328)


class TestHateCheck79Probe(ProbeRoundChecks):
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
