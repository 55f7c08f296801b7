"""The precision19 probe (issue 8): clean lines the chain over-read, in the round's shapes
(a name-call the writer gives themself, "idiot me"; a "pussy hat", a "losers bracket",
"spic and span"; a slur named and judged as a word; "let it go away"; "i hate that
you're leaving"), and hostile lines of the same words that must stay caught, measured at
default settings (`Scorer()`). The lines are in precision19_probe_lines.py and
precision19_holdout_lines.py.

On base19c before the round, the studied part (25 hostile, 40 clean, 6 untargeted
swearing): 23 caught, 26 clean flagged, 6 swearing flagged. After
targeting_precision19.py: 23 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 36 caught, 25 flagged,
4 swearing flagged; after, 36 caught, 1 flagged ("spic is racist"), 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import precision19_holdout_lines as held
from tests.core.scoring import precision19_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Missed before the round too: "loser" closing a jab before "lmao" is read as friendly
# teasing, and "i hate that you exist" as a fact hated (the older rules' reading).
KNOWN_MISSES: frozenset[str] = frozenset({
    "such a loser lmao",
    "i hate that you exist",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 23 of 25 caught, 0 flagged: 0.958
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 36  # the final count (36 at the start)
HELD_FLAGGED_CAP = 1  # the final count (25 at the start)


class TestPrecision19Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
