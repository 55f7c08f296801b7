"""The hatecheck64 probe (issue 8): a protected group named by a singular noun with a
determiner or quantifier and generalised, said to have a vice as a habit ("a jew will
always cheat you", "an immigrant is always up to no good") or revealed by a saying ("show
me a muslim and i'll show you a terrorist", "scratch a jew and you'll find a swindler"),
the clean lines in the same words (neutral singular mentions, people who are no group,
negations, questions, counter-speech and reports), and friendly swearing, measured at
default settings (`Scorer()`). The lines are in hatecheck64_probe_lines.py and
hatecheck64_holdout_lines.py.

On ad6c72f3 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 10 caught, 5 clean flagged, 0 swearing flagged. After targeting_hatecheck64.py:
34 caught, 5 flagged (the same five, older readings), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on ad6c72f3, 7 of 40 caught, 4 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
36 of 40 caught, 4 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck64_holdout_lines as held
from tests.core.scoring import hatecheck64_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# No line before or after: "robber" is no lexicon name-call.
KNOWN_MISSES: frozenset[str] = frozenset({"show me a black man and i'll show you a robber"})
# Flagged on ad6c72f3 already: an older "always steal" line read at the reader, "loser"
# read at the reader, an older question reading, "sexist" read of someone in
# counter-speech, and "not every immigrant is a criminal" read as said of the group.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "a cat will always steal your spot",
    "show me a good loser and i'll show you a loser",
    "does a muslim always lie? no, obviously not",
    "the idea that a woman will always betray you is sexist nonsense",
    "not every immigrant is a criminal",
})  # fmt: skip

TUNE_F1_FLOOR = 0.91  # 34 of 35 caught, 5 flagged: 0.919
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 36  # the final count (7 of 40 on ad6c72f3)
HELD_FLAGGED_CAP = 4  # the final count (4 of 40 on ad6c72f3)


class TestHateCheck64Probe(ProbeRoundChecks):
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
