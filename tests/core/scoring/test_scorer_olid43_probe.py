"""The olid43 probe (issue 8): a person's mind or brain belittled by an adjective, the
tweet-style put-down that names no insult word ("such a feeble mind you have", "your tiny
brain can't handle facts", "his pea brain", "you are so small minded", "small minded
liberals"), the clean lines in the same words (the writer's own, animals, medicine,
sayings, negations, questions, reports, kind words), and friendly swearing, measured at
default settings (`Scorer()`). The lines are in olid43_probe_lines.py and
olid43_holdout_lines.py.

On bc81d1d6 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 1 caught, 0 clean flagged, 0 swearing flagged. After targeting_olid43.py and
its en/insult.txt lines: 33 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on bc81d1d6, 2 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change): 39 of 40 caught, 0 of
40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid43_holdout_lines as held
from tests.core.scoring import olid43_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# The owner named by a name's possessive ("trump's": a bare name is read as no one, as
# "a bird's tiny brain" would be) or by "its" after a political group: left unread.
KNOWN_MISSES: frozenset[str] = frozenset({
    "@USER trump's tiny brain can't handle a hurricane",
    "@USER the left and its feeble mind",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 33 of 35 caught, 0 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (2 of 40 on bc81d1d6)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on bc81d1d6)


class TestOlid43Probe(ProbeRoundChecks):
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
