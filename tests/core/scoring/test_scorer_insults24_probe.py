"""The insults24 probe (issue 8): the reader's sanity put down in comment threads ("did
you forget your meds again?", "the voices in your head are lying to you", "you've got a
screw loose", "you're not right in the head", "did your mom drink while pregnant with
you?", "what are you smoking?"), the clean lines in the same words (care, the writer's
own, things, real pregnancies, denials and reports), and friendly swearing, measured at
default settings (`Scorer()`). The lines are in insults24_probe_lines.py and
insults24_holdout_lines.py.

On 35b9bb2a before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_insults24.py: 29
caught, 0 flagged, 0 swearing flagged. The six misses are the "what planet are you on"
lines, left out as the older rounds left them (the insult set's annotators read the
phrase both ways).

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 35b9bb2a, 0 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
30 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import insults24_holdout_lines as held
from tests.core.scoring import insults24_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "what planet are you on" stays out of the lexicon (see en/insult.txt).
KNOWN_MISSES: frozenset[str] = frozenset({
    "what planet are you on?", "what planet are you living on lol",
    "which planet are you from, seriously", "what planet do you live on",
    "honestly what planet are u on", "what planet r u from with takes like that",
})  # fmt: skip
# No studied clean line is flagged.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.9  # 29 of 35 caught, 0 flagged: 0.906
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged at the start
HELD_CAUGHT_FLOOR = 30  # the final count (0 of 40 on 35b9bb2a)
HELD_FLAGGED_CAP = 2  # the final count (0 of 40 on 35b9bb2a)


class TestInsults24Probe(ProbeRoundChecks):
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
