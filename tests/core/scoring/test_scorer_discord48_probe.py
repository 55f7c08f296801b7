"""The discord48 probe (issue 8): the reader's looks or voice mocked with a simile in
Discord voice chat and under selfies ("your voice sounds like a strangled cat", "ur face
looks like a smashed potato", "you sound like a dying walrus"), the clean lines in the
same words (compliments and neutral likenesses, the writer about themselves, things,
gear and pets, negations, questions and reports), and friendly swearing, measured at
default settings (`Scorer()`). The lines are in discord48_probe_lines.py and
discord48_holdout_lines.py.

On 6932ae4f before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 2 caught, 0 clean flagged, 0 swearing flagged. After targeting_discord48.py:
31 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 6932ae4f, 5 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
37 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord48_holdout_lines as held
from tests.core.scoring import discord48_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A likeness with no article ("like roadkill", "like nails on a chalkboard", "like rotten
# corn") has no likening line to read; "a runway" is left out of the mocking likenesses,
# since "you look like a runway model" is praise.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "ur voice sounds like nails on a chalkboard",
        "ur teeth look like rotten corn",
        "your forehead looks like a runway",
        "you look like roadkill",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.93  # 31 of 35 caught, 0 flagged: 0.939
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (5 of 40 on 6932ae4f)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 6932ae4f)


class TestDiscord48Probe(ProbeRoundChecks):
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
