"""The italian48 probe (issue 8): Italian group claims and third-person put-downs the
older rules missed: stereotype claims with verbs other than "essere" ("i cinesi mangiano
cani", "i rom vivono nella sporcizia", "i musulmani ammazzano in nome di dio"), silence
wished on a group ("le donne, meglio zitte", "le donne? zitte"), a group not wanted ("gli
immigrati, non li voglio vedere qui"), "non capiscono un cazzo" and "non sanno fare un
cazzo" said of a group, skills the word list lacks ("le donne non sanno cucinare"), a
third person put down with no insult word ("quel tizio non capisce un cazzo", "quello non
sa fare niente"); the clean lines in the same words (neutral and kind mentions, the
writer's own "non capisco un cazzo", counter-speech, questions, reported speech, pointing
at things) and friendly swearing, measured at default settings (`Scorer()`). The lines
are in italian48_probe_lines.py and italian48_holdout_lines.py.

On e65ebfa8 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 6 caught, 0 clean flagged, 0 swearing flagged. After targeting_italian48.py
and its lexicon lines: 35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on e65ebfa8, 11 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
38 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian48_holdout_lines as held
from tests.core.scoring import italian48_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 1.0  # 35 of 35 caught, 0 flagged
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 38  # the final count (11 of 40 on e65ebfa8)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on e65ebfa8 too)


class TestItalian48Probe(ProbeRoundChecks):
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
