"""The precision36 probe (issue 8): a slur talked about as a word, named bare, in frames
older rounds read as an attack on a group: judged as a word past a verb ("retard used to
be a medical term", "can faggot stop being a derogatory term"), set beside another word
("the difference between nigga and nigger"), or listed as words after a verb of hearing,
saying or banning ("these slurs include retard faggot tranny spic chink"); the hostile
lines in the same words that must stay caught (an article, a pointer or the reader
before the word, the word endorsed for someone, a joke's "a X and a Y", plural lists and
lists thrown at people); and friendly swearing, measured at default settings
(`Scorer()`). The lines are in precision36_probe_lines.py and
precision36_holdout_lines.py.

On e36132cc before the round, the studied part (32 hostile, 35 clean, 6 untargeted
swearing): 32 caught, 35 clean flagged, 0 swearing flagged. After
targeting_precision36.py: 32 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on e36132cc, 37 of 40 caught, 30 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
37 of 40 caught, 5 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it;
its lines are not named here, so that the held part stays unread.
"""

from __future__ import annotations

from tests.core.scoring import precision36_holdout_lines as held
from tests.core.scoring import precision36_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 32 of 32 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (37 of 40 on e36132cc)
HELD_FLAGGED_CAP = 5  # the final count (30 of 40 on e36132cc)


class TestPrecision36Probe(ProbeRoundChecks):
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
