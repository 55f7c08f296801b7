"""The forum29 probe (issue 8): Reddit-style name-calls of the people of a thread that
forum17 and forum28 missed ("the mods are trolls", "the mods here are tools", "op has
zero brain cells", "anyone who does not agree with him is stupid", "anyone who voted for
him is evil and immoral", "whoever made this is a complete and utter moron", "op must be
retarded"), the clean lines in the same words that must stay clean, and friendly
swearing, measured at default settings (`Scorer()`). The lines are in
forum29_probe_lines.py and forum29_holdout_lines.py.

On cdf2cea2 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 14 caught, 0 clean flagged, 0 swearing flagged. After targeting_forum29.py:
34 caught, 0 flagged, 0 swearing flagged. The one miss has an adverb between the subject
and forum28's verb term ("op clearly has no brain cells").

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on cdf2cea2, 12 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 31 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import forum29_holdout_lines as held
from tests.core.scoring import forum29_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught (forum30 reads the adverb in "op clearly has no
# brain cells").
KNOWN_MISSES: frozenset[str] = frozenset()
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 31  # the final count (12 of 40 on cdf2cea2)
HELD_FLAGGED_CAP = 2  # the final count (2 of 40 on cdf2cea2 too)


class TestForum29Probe(ProbeRoundChecks):
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
