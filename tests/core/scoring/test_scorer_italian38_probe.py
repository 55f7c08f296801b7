"""The italian38 probe (issue 8): Italian hate against identity groups in the round's
shapes (a group given a habitual bad behaviour: "i musulmani si lamentano sempre", "i rom
non si lavano mai"; a group othered: "i neri non sono come noi", "un nero non sarà mai
italiano") and clean lines that look alike (non-protected groups, neutral or kind habits,
the self, denied, asked, reported, quoted, a thing), measured at default settings
(`Scorer()`). The lines are in italian38_probe_lines.py and italian38_holdout_lines.py.

On base31 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 7 caught, 0 clean flagged, 0 swearing flagged. After targeting_italian38.py
and its lexicon lines: 33 caught, 0 flagged, 0 swearing flagged (the two left, "i rom
non mandano mai i figli a scuola" and "i cinesi copiano sempre tutto", use habits the
lexicon lines do not list).

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 8 caught, 0 flagged,
0 swearing flagged; after, 34 caught, 0 flagged, 0 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import italian38_holdout_lines as held
from tests.core.scoring import italian38_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: two studied habits the lexicon lines do not list.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "i rom non mandano mai i figli a scuola",
        "i cinesi copiano sempre tutto",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 33 of 35 caught, 0 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 34  # the final count (8 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestItalian38Probe(ProbeRoundChecks):
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
