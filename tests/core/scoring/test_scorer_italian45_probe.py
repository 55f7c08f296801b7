"""The italian45 probe (issue 8): Italian identity attacks with no harm word of their
own, said as a rhetorical fragment (a named group as a topic, then a bare place, state
or riddance: "gli ebrei? tutti nel forno", "i rom? tutti dietro le sbarre") or as a
conditional of what should be done to the group ("le donne andrebbero messe a tacere",
"ai rom bisognerebbe togliere i figli"); the clean lines in the same words (a thing or a
non-protected target in the fragment, kind conditionals, counter-speech, quotes,
denials, questions) and friendly swearing, measured at default settings (`Scorer()`).
The lines are in italian45_probe_lines.py and italian45_holdout_lines.py.

On 914d909d before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 17 caught, 2 clean flagged, 0 swearing flagged. After targeting_italian45.py:
35 caught, 1 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 914d909d, 18 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 30 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import italian45_holdout_lines as held
from tests.core.scoring import italian45_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# An older reading: "che schifo" after the quote is read as aimed at the reader.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "i razzisti dicono 'i neri? a casa loro', che schifo",
})  # fmt: skip

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 1 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 30  # the final count (18 of 40 on 914d909d)
HELD_FLAGGED_CAP = 2  # the final count (2 of 40 on 914d909d)


class TestItalian45Probe(ProbeRoundChecks):
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
