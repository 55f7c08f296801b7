"""The insults20 probe (issue 8): comment-section put-downs of another commenter that
older rounds read as about a thing or no one: the reader's words named with a stupidity
word before them ("what an idiotic comment", "that's a stupid comment", "your moronic
rants") and the reader's mind or IQ found damaged or low ("you must have brain damage",
"you clearly have mental issues", "your iq is lower than your shoe size"); the clean lines
in the same words that must stay clean (praise, the writer's own words and mind, a third
person's words, things, denials, care, conditions), and untargeted friendly swearing,
measured at default settings (`Scorer()`). The lines are in insults20_probe_lines.py and
insults20_holdout_lines.py.

On e65ebfa8 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 1 caught, 0 clean flagged, 0 swearing flagged. After targeting_insults20.py:
34 caught, 0 flagged, 0 swearing flagged. The miss: "asinine" (0.37) weighs below the
bar even aimed at the reader.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on e65ebfa8, 1 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
38 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import insults20_holdout_lines as held
from tests.core.scoring import insults20_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "asinine" (0.37) stays below the bar aimed at the reader.
KNOWN_MISSES: frozenset[str] = frozenset({"what an asinine reply, seriously"})
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 38  # the final count (1 of 40 on e65ebfa8)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on e65ebfa8 too)


class TestInsults20Probe(ProbeRoundChecks):
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
