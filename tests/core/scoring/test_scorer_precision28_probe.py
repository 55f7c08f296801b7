"""The precision28 probe (issue 8): threats to the reader that a third person will carry
out, said as a warning or in jest, which older rounds read as the writer's threat ("she's
gonna kill you when she finds out", "your dad is going to murder you", "they will dox you
if you post that", "their jungler is gonna kill you, ward up"), the hostile lines in the
same words that must stay caught (the writer's own threats, the writer's people, an
ominous someone, wishes, an identity group as the doer), and friendly swearing, measured
at default settings (`Scorer()`). The lines are in precision28_probe_lines.py and
precision28_holdout_lines.py.

On afa9c3a0 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 28 caught, 24 clean flagged, 0 swearing flagged. After
targeting_precision28.py: 28 caught, 0 flagged, 0 swearing flagged. The seven misses
have no threat hit at the reader before or after (a wish with a bare verb, "i hope he
kills you"; "muslims will kill you" reads as profanity); the guard only lowers scores.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on afa9c3a0, 29 of 40 caught, 21 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
29 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import precision28_holdout_lines as held
from tests.core.scoring import precision28_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# No threat hit at the reader on afa9c3a0 either; the guard only lowers scores.
KNOWN_MISSES: frozenset[str] = frozenset({
    "we will find you and hurt you", "i'll make sure he kills you", "i hope he kills you",
    "they need to hurt you", "let them kill you", "i wish she would punch you",
    "muslims will kill you",
})  # fmt: skip
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.88  # 28 of 35 caught, 0 flagged: 0.889
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 29  # the final count (29 of 40 on afa9c3a0 too)
HELD_FLAGGED_CAP = 1  # the final count (21 of 40 on afa9c3a0)


class TestPrecision28Probe(ProbeRoundChecks):
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
