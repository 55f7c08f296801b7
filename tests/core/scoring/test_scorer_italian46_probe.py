"""The italian46 probe (issue 8): a broad sweep of Italian functional hate speech against
identity groups (derogation, dehumanisation, expressed hate, threats, slurs, a pronoun
pointing back, questions and opinions, profanity at a group), the clean lines in the same
words (counter-speech, neutral and kind mentions, denouncing quotes, abuse of objects)
and friendly swearing, measured at default settings (`Scorer()`). The lines are in
italian46_probe_lines.py and italian46_holdout_lines.py.

On cdf2cea2 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 34 caught, 2 clean flagged (counter-speech judging the doer: "chi odia i
musulmani è solo ignorante", "augurare la morte ai rom è da criminali"), 0 swearing
flagged; the miss an attack after a group's topic ("le donne? non capiscono niente, ...").
After targeting_italian46.py: 35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on cdf2cea2, 40 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After targeting_italian46.py (counted once, after the last change
and the passing suite): 40 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only
floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian46_holdout_lines as held
from tests.core.scoring import italian46_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged at the start
HELD_CAUGHT_FLOOR = 40  # the final count (40 of 40 on cdf2cea2 too)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on cdf2cea2 too)


class TestItalian46Probe(ProbeRoundChecks):
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
