"""The olid7 probe (issue 8, tenth session): tweet-style replies and claims about people
in the shapes of OLID's even-row misses, measured at default settings (`Scorer()`). The
lines are in olid7_probe_lines.py and olid7_holdout_lines.py.

On main before the round, the studied part (54 hostile, 48 clean, 12 untargeted
swearing): 34 caught, 2 clean flagged, 0 swearing flagged, F1 0.756. After
targeting_olid7.py: 48 caught, 2 flagged (both flagged on main too), 0 swearing, F1 0.923.

The held-back part (42 hostile, 41 clean, 11 swearing), written after the studied part
and before any rule, counted only at the start and the end: before, 23 caught, 0
flagged, 0 swearing flagged, F1 0.708; after, 29 caught, 0 flagged, 0 swearing
flagged, F1 0.817. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid7_holdout_lines as held
from tests.core.scoring import olid7_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Pity as often as contempt ("a sad lonely man"); an exclamation whose person comes after
# it outside a reply; laughter read as teasing by the older rules; "a bunch of" a group
# word; an order to a third person; a dismissal with no hostile word.
KNOWN_MISSES: frozenset[str] = frozenset({
    "you're a sad lonely man",
    "somebody tell him to shut his mouth",
    "@USER sure thing, sweetie, go back to sleep",
})  # fmt: skip
# Both flagged on main before the round: a question answered with doubt, and
# "shameless fans" (praise of devotion) read as a trait.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {"is he corrupt? i doubt it", "they are shameless fans of the band and proud of it"}
)

TUNE_F1_FLOOR = 0.92
HELD_F1_FLOOR = 0.81
SWEARING_CEILING = 0.10  # OLID's untargeted-profanity control floor


class TestOlid7Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_f1_floor=HELD_F1_FLOOR,
        held_flagged_cap=0,  # none flagged at the end of the round
    )
