"""The olid31 probe (issue 8): a group derided as a collective in tweet style ("what a
bunch of clowns", "they are a bunch of hypocrites", "@USER bunch of liars", "what a sad
bunch", "liberals are a pathetic lot"), the clean lines in the same words that must stay
clean (a literal collective, a collective of things, the writer's own side, negation,
questions, reported and counter-speech, praise, "sad" as a feeling), and friendly
swearing, measured at default settings (`Scorer()`). The lines are in
olid31_probe_lines.py and olid31_holdout_lines.py.

On 38c2622d before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 5 caught, 2 clean flagged, 0 swearing flagged. After targeting_olid31.py:
35 caught, 1 flagged, 0 swearing flagged. The one false flag was flagged before the
round too (olid4 reads "the bunch of clowns" after a verb as said of a person outright).

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 38c2622d, 11 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
34 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid31_holdout_lines as held
from tests.core.scoring import olid31_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Flagged on 38c2622d too: a literal collective after a verb, read by olid4 as outright.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"@USER my kid loved the bunch of clowns"})

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 1 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 34  # the final count (11 of 40 on 38c2622d)
HELD_FLAGGED_CAP = 0  # the final count (2 of 40 on 38c2622d)


class TestOlid31Probe(ProbeRoundChecks):
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
