"""The hatecheck34 probe (issue 8): functional hate-speech lines that equate a named
group with a lower kind of person without "are", in a slogan's two halves ("another
muslim, another terrorist", "one more immigrant, one more criminal", "another muslim
means another terrorist") and clean lines that look alike (no protected group, no lower
kind, denied, asked, reported, quoted, countered, the lower kind in the news), measured
at default settings (`Scorer()`). The lines are in hatecheck34_probe_lines.py and
hatecheck34_holdout_lines.py.

On base28 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 7 caught, 1 clean flagged ("more politicians, more criminals", an older
reading), 0 swearing flagged. After targeting_hatecheck34.py: 30 caught, 1 flagged (the
same), 0 swearing flagged (the five left name a group the older rules do not know as one,
"illegal", "asylum seeker", "romanian", "syrian", or a lower kind the lexicon lacks,
"bomber").

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 13 caught, 0 flagged,
0 swearing flagged; after, 28 caught, 0 flagged, 0 swearing flagged.
Only floors are kept for it. Scorer suite before the count: 20121 passed, 2 xfailed;
bench_accuracy's table unchanged from base28's.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck34_holdout_lines as held
from tests.core.scoring import hatecheck34_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: groups the older rules do not name, a lower kind the lexicon lacks.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "another illegal, another criminal",
        "another asylum seeker, another criminal",
        "another muslim, another bomber",
        "another romanian, another thief",
        "another syrian, another terrorist",
    }
)
# An older reading (base28 flagged it already): "criminals" said of politicians.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"more politicians, more criminals"})

TUNE_F1_FLOOR = 0.90  # 30 of 35 caught, 1 flagged: 0.909
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 28  # the final count (13 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestHateCheck34Probe(ProbeRoundChecks):
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
