"""The olid9 probe (issue 8, twelfth session): tweet-style replies in two shapes of
OLID's even-row misses (the reader's views dismissed with a profane "who gives a shit
what you think"; "desperate" said of the reader or of a political group), measured at
default settings (`Scorer()`). The lines are in olid9_probe_lines.py and
olid9_holdout_lines.py.

On main before the round, the studied part (24 hostile, 20 clean, 6 untargeted
swearing): 2 caught, 0 clean flagged, 0 swearing flagged. After targeting_olid9.py:
23 caught, 0 flagged, 0 swearing.

The held-back part (40 hostile, 40 clean, 6 swearing), written after the studied part
and before any rule, counted only at the start and the end: before, 2 caught, 0
flagged, 0 swearing flagged; after, 39 caught, 0 flagged, 0 swearing flagged, F1
0.987. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid9_holdout_lines as held
from tests.core.scoring import olid9_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "they": as often people in need as a group jeered at ("they are desperate for rain").
KNOWN_MISSES: frozenset[str] = frozenset({"@USER they are desperate and it shows"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97
HELD_F1_FLOOR = 0.98
SWEARING_CEILING = 0.10  # OLID's untargeted-profanity control floor


class TestOlid9Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_f1_floor=HELD_F1_FLOOR,
        held_flagged_cap=0,
    )


# The third shape (added mid-round, its held-back batch written before its rule): a
# name the older rules read as a thing keeps that reading.
NAMED_KNOWN_MISSES: frozenset[str] = frozenset({
    "@USER Brennan is so dishonest", "@USER Feinstein is shameless",
})  # fmt: skip
NAMED_F1_FLOOR = 0.88
NAMED_HELD_F1_FLOOR = 0.78


class TestOlid9NamedProbe(ProbeRoundChecks):
    """On main: studied 1 of 10 caught, 0 of 10 clean flagged; held back 3 of 20
    caught, 0 of 20 flagged (counted before the rule). After: studied 8 of 10, 0
    flagged; held back 13 of 20 caught, 0 of 20 flagged, F1 0.788."""

    ROUND = ProbeRound(
        studied=Part(probe.TUNE_NAMED_HOSTILE, probe.TUNE_NAMED_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_NAMED_HOSTILE, held.HELD_NAMED_CLEAN, held.HELD_SWEARING),
        known_misses=NAMED_KNOWN_MISSES,
        known_false_flags=frozenset(),
        studied_f1_floor=NAMED_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_f1_floor=NAMED_HELD_F1_FLOOR,
        held_flagged_cap=0,
    )
