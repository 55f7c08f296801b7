"""The hatecheck28 probe (issue 8): functional hate suites' complaint that a place has too
many of a named group ("the world has too many immigrants", "this country has way too
many muslims") and the writer's aversion to a named group in forms the lexicon lacked
("i cannot stand black people", "i can't tolerate muslims", "i can't bear being around
trans people"), with clean lines in the same shapes (the same frames at things or
non-protected people, a group going on to a state or a wrong done to it, counter-speech
and reported speech) and friendly swearing, measured at default settings (`Scorer()`).
The lines are in hatecheck28_probe_lines.py and hatecheck28_holdout_lines.py.

On base21 before the round, the studied part (35 hostile, 31 clean, 6 untargeted
swearing): 1 caught, 1 clean flagged (a wrong done to a group: "i can't stand gay people
being bullied"), 0 swearing flagged. After targeting_hatecheck28.py, hatecheck28_words.py
and its lexicon lines: 35 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 3 caught, 1 flagged,
0 swearing flagged; after, 40 caught, 1 flagged (an older reading of a call to leave
said of those who shun a group: "... should log off"), 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck28_holdout_lines as held
from tests.core.scoring import hatecheck28_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.10  # the held-out hate suites' share of friendly profanity flagged
HELD_CAUGHT_FLOOR = 40  # the final count (3 at the start)
HELD_FLAGGED_CAP = 1  # the final count (1 at the start)


class TestHateCheck28Probe(ProbeRoundChecks):
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
