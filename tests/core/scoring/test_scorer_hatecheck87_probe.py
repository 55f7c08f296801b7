"""The hatecheck87 probe (issue 8): a named identity group denied a presence with plain
place words ("women shouldnt be here", "muslims shouldnt be in our schools", "immigrants
should stay out") and the writer's distrust of a group's member stated as a rule ("i
wouldnt trust a muslim"); the clean lines in the same words (no group, a time, one person
with a plain reason, reports, counter-speech, questions, welcomes) and friendly
swearing, measured at default settings (`Scorer()`). The lines are in
hatecheck87_probe_lines.py and hatecheck87_holdout_lines.py.

On 333e3f84 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 0 clean flagged, 1 swearing flagged. After targeting_hatecheck87.py
and its lexicon lines: 34 caught, 0 flagged, 1 swearing flagged. The one miss names a
place no line holds ("in our clubhouse"); the one swearing line flagged ends in "you
little shit", aimed at the reader after all (flagged on the base too: a slip in the
writing of the line, kept as written).

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 333e3f84, 4 of 40 caught, 0 of 40 flagged, 1
of 6 swearing flagged. After (counted once, after the last change and the passing tests):
38 of 40 caught, 0 of 40 flagged, 1 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck87_holdout_lines as held
from tests.core.scoring import hatecheck87_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset({"women should not be in our clubhouse"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"stay out of trouble you little shit lol"})

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged (F1 0.986)
SWEARING_CEILING = 1 / 6  # the one line aimed at "you", flagged on the base too
HELD_SWEARING_CEILING = 1 / 6  # 1 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 38  # the final count (4 of 40 on 333e3f84)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 333e3f84)


class TestHateCheck87Probe(ProbeRoundChecks):
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
