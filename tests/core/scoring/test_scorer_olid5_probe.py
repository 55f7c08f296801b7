"""The olid5 probe (issue 8, eighth session): OLID-shaped replies grouped by the grammar
of the attack, measured at default settings (`Scorer()`); the lines are in
olid5_probe_lines.py and olid5_holdout_lines.py.

On main before the round, the studied part (83 hostile, 60 clean, 20 of them untargeted
swearing): 54 caught, 0 clean flagged, F1 0.788, swearing 0 of 20. After
targeting_olid5.py: 62 caught, 0 flagged, F1 0.855, swearing 0 of 20.

The held-back part (45 hostile, 45 clean, 15 of them swearing), written before any rule
and counted only at the start and the end, never read for misses: before, 27 caught, 1
flagged, F1 0.740, swearing 0 of 15; after, 33 caught, 1 flagged, F1 0.835, swearing 0
of 15. Only floors are kept for it; the studied part keeps its known misses as data.
"""

from __future__ import annotations

from tests.core.scoring import olid5_holdout_lines as held
from tests.core.scoring import olid5_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# The studied part's misses after the round, by shape: a lie said of someone spoken of
# (left alone: OLID's readers mostly counted "she is lying" as no offence), "they" and
# "these people" with words the lexicon weighs faintly or not at all ("these people are
# sick", "they are all corrupt"), a bare faint name-call ("@USER fraud"), idioms with no
# hostile word ("so full of it", "no clue what you're talking about", "crawl back under
# your rock", "sit down and be quiet"), and mockery and sarcasm ("cry more", "read a
# book", "sure you are buddy", "bless your heart").
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "@USER she is crazy as hell",
        "@USER these people are sick",
        "@USER these people are insane",
        "@USER fraud",
        "@USER she is lying and she knows it",
        "@USER corrupt to the bone",
    }
)  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.85
HELD_CAUGHT_FLOOR = 33
HELD_FLAGGED_CEILING = 1


class TestOlid5Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=0.0,
        held_swearing_ceiling=0.0,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CEILING,
    )
