"""The hatecheck42 probe (issue 8): a list of judging words before people or an identity
group ("these stupid, ignorant people", "those lazy, dirty immigrants", "that ugly, fat
loser"), an identity group taken up by a pronoun after a comma, a dash or a question
mark ("muslims, they're all terrorists", "women - they are so useless"), the clean lines
in the same words that must stay clean (a list before a thing or a time, a group taken
up for news or praise, negation, counter-speech, quotes and reported speech), and
friendly swearing, measured at default settings (`Scorer()`). The lines are in
hatecheck42_probe_lines.py and hatecheck42_holdout_lines.py.

On 38c2622d before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 30 caught, 0 clean flagged, 0 swearing flagged. After
targeting_hatecheck42.py: 35 caught, 0 flagged, 0 swearing flagged ("those trans people,
they are all sick" had no hit at all before the round's "are all sick" line).

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 38c2622d, 33 of 40 caught, 3 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
38 of 40 caught, 3 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck42_holdout_lines as held
from tests.core.scoring import hatecheck42_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 1.0  # 35 of 35 caught, 0 flagged
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 38  # the final count (33 of 40 on 38c2622d)
HELD_FLAGGED_CAP = 3  # the final count (3 of 40 on 38c2622d too)


class TestHateCheck42Probe(ProbeRoundChecks):
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
