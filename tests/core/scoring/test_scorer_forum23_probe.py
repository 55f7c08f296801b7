"""The forum23 probe (issue 8): Reddit-like replies in the round's shape (the reader's
comment, post, opinion, take, argument or logic called stupid, worthless or pathetic),
a few contempt lines the older rules already read, and clean comments that look alike
(the same words about a thing or an idea, the writer's own words, a negated, asked or
quoted judgement, the abstract-noun sayings "stupidity is dangerous", profanity at a
situation), measured at default settings (`Scorer()`). The lines are in
forum23_probe_lines.py and forum23_holdout_lines.py.

On base22 before the round, the studied part (34 hostile, 33 clean, 6 untargeted
swearing): 8 caught, 2 clean flagged ("stupidity is dangerous", "my take was dumb, you
are right"), 0 swearing flagged. After targeting_forum23.py and its fix of
targeting_forum22: 34 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 42 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 8 caught, 0 flagged,
0 swearing flagged; after, 40 caught, 0 flagged, 0 swearing flagged. It was written in
the probe's own shape, so it measures the rule's reach over wording, not new shapes.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import forum23_holdout_lines as held
from tests.core.scoring import forum23_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 34 of 34 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 40  # the final count (8 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestForum23Probe(ProbeRoundChecks):
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
