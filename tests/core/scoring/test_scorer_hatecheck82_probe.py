"""The hatecheck82 probe (issue 8): a named group's trustworthiness or humanity denied with
a negative quantifier over the whole group ("none of the women here can be trusted", "not
one of the jews i know is human", "i have met jews, not one of them is human"), the clean
lines in the same words (things and people who are no group, "them" for something else,
praise and other verdicts, reports, questions, quotes and counter-speech), and friendly
swearing, measured at default settings (`Scorer()`). The lines are in
hatecheck82_probe_lines.py and hatecheck82_holdout_lines.py.

On d6691716 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 1 clean flagged, 1 swearing flagged. After targeting_hatecheck82.py:
35 caught, 1 flagged (the same line, an older reading), 1 swearing flagged (the same
line, an older reading).

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on d6691716, 0 of 40 caught, 1 of 40 flagged, 1
of 6 swearing flagged. After (counted once, after the last change and the passing tests):
39 of 40 caught, 1 of 40 flagged, 1 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck82_holdout_lines as held
from tests.core.scoring import hatecheck82_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# Flagged on d6691716 already: "dogs" read as a slur of the group the line names, and
# "you fuckers" read at the reader (a line of friendly swearing that names the reader).
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "the jewish family next door has three dogs and not one of them is human, obviously",
    "shit, i trust all of you fuckers",
})  # fmt: skip

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 1 flagged: 0.986
# One of six: the older reading of "you fuckers" above (the shared ceiling is 0.15).
SWEARING_CEILING = 1 / 6

HELD_SWEARING_CEILING = 1 / 6  # 1 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (0 of 40 on d6691716)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on d6691716)


class TestHateCheck82Probe(ProbeRoundChecks):
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
