"""The forum32 probe (issue 8): forum comments that run down the poster, the author or
another commenter without a slur or a "you are X" (competence denied: "the author clearly
has no idea what he's talking about", "this guy doesn't know the first thing about
economics"; contempt: "another braindead take from the usual suspects"), the clean lines
in the same words (disagreement about ideas, self-deprecation, "no idea" as plain
ignorance, praise, political jabs), and friendly swearing, measured at default settings
(`Scorer()`). The lines are in forum32_probe_lines.py and forum32_holdout_lines.py.

On d105c1c7 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 17 caught, 1 clean flagged, 0 swearing flagged. After targeting_forum32.py:
33 caught, 1 flagged, 0 swearing flagged. The two misses are a name-call left below the
floor ("a clueless hack") and "too dense to" with no reader; the one false flag is
insults8's reading of "you have no idea what you're talking about" inside a report.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on d105c1c7, 19 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
35 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import forum32_holdout_lines as held
from tests.core.scoring import forum32_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A name-call under the floor, and "too dense to" said of no reader.
KNOWN_MISSES: frozenset[str] = frozenset({
    "the author is a clueless hack", "the author is too dense to understand his own sources",
})  # fmt: skip
# insults8's "what you're talking about" after "said", as on d105c1c7.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "nobody here said you have no idea what you're talking about",
})  # fmt: skip

TUNE_F1_FLOOR = 0.95  # 33 of 35 caught, 1 flagged: 0.957
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 35  # the final count (19 of 40 on d105c1c7)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on d105c1c7 too)


class TestForum32Probe(ProbeRoundChecks):
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
