"""The chat11 probe (issue 8): the reader told they are a nuisance to the writer, as people
write it to a chatbot or another chatter ("you're annoying me", "you get on my nerves",
"stop bugging me", "you're wasting my time", "talking to you is a waste of time", "i'm
sick of you", "i hate talking to you"), the clean lines in the same words (a thing or a
third person annoying the writer, the writer asking or sorry, negations, reports and
chores), and friendly swearing, measured at default settings (`Scorer()`). The lines are
in chat11_probe_lines.py and chat11_holdout_lines.py.

On 2e34a3bf before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 1 caught, 0 clean flagged, 0 swearing flagged. After targeting_chat11.py: 33
caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 2e34a3bf, 1 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
37 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import chat11_holdout_lines as held
from tests.core.scoring import chat11_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left to hatecheck29, whose table keeps "i'm tired of you" and "i'm done with you" clean
# (a parting, not an attack).
KNOWN_MISSES: frozenset[str] = frozenset({"i'm tired of you", "i'm so done with you"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 33 of 35 caught, 0 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (1 of 40 on 2e34a3bf)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 2e34a3bf)


class TestChat11Probe(ProbeRoundChecks):
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
