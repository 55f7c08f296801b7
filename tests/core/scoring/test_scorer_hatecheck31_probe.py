"""The hatecheck31 probe (issue 8): functional hate suites' exclusion of a named group
("keep the jews out", "send the immigrants back", "i wouldn't want a muslim as a
neighbour") and spelling variations of a group's name ("m*slims are a plague", "j3ws",
"g a y s"), with clean lines in the same shapes (the same frames at things or
non-protected groups, positive and neutral mentions in the same spellings,
counter-speech and reported speech) and friendly swearing, measured at default settings
(`Scorer()`). The lines are in hatecheck31_probe_lines.py and
hatecheck31_holdout_lines.py, written before any rule.

On base25 before the round, the studied part (39 hostile, 38 clean, 6 untargeted
swearing): 26 caught, 0 clean flagged, 0 swearing flagged. After hate_spelling's
starred group names, targeting_hatecheck31.py, hatecheck31_words.py and its lexicon
lines: 38 caught, 0 flagged, 0 swearing flagged; the one miss is an older reading ("i
can't stand f@gs" reads "fags" as the writer's own, as it does "i can't stand fags").

The held-back part (40 hostile, 40 clean, 6 swearing), counted only at the start and
the end: before, 25 caught, 0 flagged, 0 swearing flagged; after, 36 caught, 0
flagged, 0 swearing flagged.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck31_holdout_lines as held
from tests.core.scoring import hatecheck31_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# An older reading: "i can't stand fags" is read as the writer's own.
KNOWN_MISSES: frozenset[str] = frozenset({"i can't stand f@gs"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 38 of 39 caught, 0 flagged: 0.987
SWEARING_CEILING = 0.10  # the held-out hate suites' share of friendly profanity flagged
HELD_CAUGHT_FLOOR = 36  # the final count (25 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestHateCheck31Probe(ProbeRoundChecks):
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
