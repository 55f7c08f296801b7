"""The hatecheck27 probe (issue 8): functional hate suites' existence regretted ("it's a
shame trans people exist", "è un peccato che esistano gli ebrei", "sarebbe meglio se i
musulmani non esistessero") and a named group compared below dirt ("women are lower than
dirt"), in English and Italian, with clean lines in the same shapes (the same frames at
things or ideas, counter-speech and reported speech, a group's existence welcomed or
going on to a state, a wrong done to a group) and friendly swearing, measured at default
settings (`Scorer()`). The lines are in hatecheck27_probe_lines.py and
hatecheck27_holdout_lines.py.

On base20 before the round, the studied part (35 hostile, 31 clean, 6 untargeted
swearing): 2 caught, 2 clean flagged (counter-speech: "saying trans people shouldn't
exist is vile", "it's disgusting to say women are lower than dirt"), 0 swearing flagged.
After targeting_hatecheck27.py, hatecheck27_words.py, its lexicon lines and control12's
claim links: 35 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 4 caught, 0 flagged,
0 swearing flagged; after, 40 caught, 0 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck27_holdout_lines as held
from tests.core.scoring import hatecheck27_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.10  # the held-out hate suites' share of friendly profanity flagged
HELD_CAUGHT_FLOOR = 40  # the final count (4 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestHateCheck27Probe(ProbeRoundChecks):
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
