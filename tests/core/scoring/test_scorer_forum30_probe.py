"""The forum30 probe (issue 8): Reddit-style derogatory claims about a poster or the
people of a thread with a hedge, an adverb or a modal between the subject and the
put-down ("op clearly has no brain cells", "the mods literally have no life", "op must
have no brain cells"), subjects forum28 does not name ("whoever posted this", "people in
this sub", "the average twitter user"), the clean lines in the same words that must stay
clean (the writer, things, pets, virtues, denials, questions, reported speech, friendly
swearing about op), and untargeted friendly swearing, measured at default settings
(`Scorer()`). The lines are in forum30_probe_lines.py and forum30_holdout_lines.py.

On 2262ef95 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 0 clean flagged, 0 swearing flagged. After targeting_forum30.py:
32 caught, 0 flagged, 0 swearing flagged. The three misses: "hack" weighs below the bar
even said of a person outright, and a faculty said to be empty or zero through a
possessive ("op's brain is clearly empty") has no lexicon hit.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 2262ef95, 3 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
38 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import forum30_holdout_lines as held
from tests.core.scoring import forum30_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught (forum31 reads "hack" said of a poster and a
# possessive faculty).
KNOWN_MISSES: frozenset[str] = frozenset()
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 32 of 35 caught, 0 flagged: 0.955
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 38  # the final count (3 of 40 on 2262ef95)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 2262ef95 too)


class TestForum30Probe(ProbeRoundChecks):
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
