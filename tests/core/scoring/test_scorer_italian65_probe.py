"""The italian65 probe (issue 8): Italian identity groups the group lexicon did not know
(nationalities and ethnicities, religions, disabilities, ages and bodies: "gli eritrei
sono animali", "odio i cattolici", "gli atei sono tutti uguali", "gli anziani sono
inutili", "i sordi dovrebbero essere eliminati"), the clean lines in the same words
(neutral and positive mentions, the everyday senses of "vecchi", "ciechi", "sordi",
"anziani", counter-speech and reports), and friendly swearing, measured at default
settings (`Scorer()`). The lines are in italian65_probe_lines.py and
italian65_holdout_lines.py.

On a6badc62 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After the it/cues.txt groups and
targeting_italian65.py: 34 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on a6badc62, 0 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
39 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian65_holdout_lines as held
from tests.core.scoring import italian65_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# No line before or after: "insetti" is no lexicon word ("i nigeriani sono insetti" is
# missed alike).
KNOWN_MISSES: frozenset[str] = frozenset({"gli asiatici sono insetti"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (0 of 40 on a6badc62)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on a6badc62)


class TestItalian65Probe(ProbeRoundChecks):
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
