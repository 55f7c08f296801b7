"""The olid39 probe (issue 8): a person rated as bad at a role, the targeted insult form
OLID tweets and chat share, which the older rules read as swearing or as said of a
thing ("ur a shitty teammate", "he's a crappy dad", "ramos sounds like a shitty ump",
"what a shit coach", "she is a lousy senator", "obama was the most corrupt president",
"worst president in history"), and the clean lines in the same words (things rated, the
writer's own role, negations, questions, reports, praise slang) and friendly swearing,
measured at default settings (`Scorer()`). The lines are in olid39_probe_lines.py and
olid39_holdout_lines.py.

On 62683186 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 6 caught, 0 clean flagged, 0 swearing flagged. After targeting_olid39.py:
33 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 62683186, 10 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 39 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import olid39_holdout_lines as held
from tests.core.scoring import olid39_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "laziest" is no lexicon word; "biggest" is no superlative of a verdict ("the biggest
# fan").
KNOWN_MISSES: frozenset[str] = frozenset({
    "she is the laziest player on the team",
    "@USER biggest liar in congress",
})  # fmt: skip
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 33 of 35 caught, 0 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (10 of 40 on 62683186)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on 62683186)


class TestOlid39Probe(ProbeRoundChecks):
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
