"""The forum34 probe (issue 8): put-downs of a third person in forum and tweet comments
that the older rules weighed just below the threshold or read as said of a thing ("the
author is a clueless hack", "this pos doesn't know what he's doing", "that lying bitch is
at it again", "damn is she ugly"), and the clean lines in the same words (things, self-
directed lines, negations, questions, reports) and friendly swearing, measured at
default settings (`Scorer()`). The lines are in forum34_probe_lines.py and
forum34_holdout_lines.py.

On 90c429e4 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 20 caught, 0 clean flagged, 0 swearing flagged. After targeting_forum34.py:
31 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 90c429e4, 24 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 32 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import forum34_holdout_lines as held
from tests.core.scoring import forum34_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A single mild call ("hack": said to the reader it does not flag either), "total" is no
# judging word of its own, "thick" is no lexicon word, and "read" is a till's act too
# ("the pos can't read the card").
KNOWN_MISSES: frozenset[str] = frozenset({
    "this guy is a total hack",
    "he is too thick to get the joke",
    "the pos didn't even read the article",
    "this hack can't write",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.93  # 31 of 35 caught, 0 flagged: 0.939
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 32  # the final count (24 of 40 on 90c429e4)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 90c429e4)


class TestForum34Probe(ProbeRoundChecks):
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
