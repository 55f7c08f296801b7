"""The insults26 probe (issue 8), a precision round: an older threat line that names no
reader ("never work again", "afraid to leave the house", "not show up at school",
"regret saying that", "one eye open") said of the writer, of a thing or of someone told
about ("i regret saying that", "my knee will never work again", "my brother did not show
up at school today"), the threats in the same words aimed at the reader ("you'll never
work again", "i'll make you afraid to leave the house"), and friendly swearing, measured
at default settings (`Scorer()`). The lines are in insults26_probe_lines.py and
insults26_holdout_lines.py; their roles invert the usual round (the clean lines are the
shape fixed).

On a6badc62 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 34 caught, 28 clean flagged, 0 swearing flagged. After
targeting_insults26.py: 34 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on a6badc62, 36 of 40 caught, 31 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
36 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import insults26_holdout_lines as held
from tests.core.scoring import insults26_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Missed on a6badc62 already and after: an older game-callout reading of the bare line
# with no reader in its clause.
KNOWN_MISSES: frozenset[str] = frozenset({"better sleep with one eye open from now on"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 36  # the final count (36 of 40 on a6badc62)
HELD_FLAGGED_CAP = 1  # the final count (31 of 40 on a6badc62)


class TestInsults26Probe(ProbeRoundChecks):
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
