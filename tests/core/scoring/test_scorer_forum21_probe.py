"""The forum21 probe (issue 8): Reddit-like comments in the round's shapes (a camp by a
derogatory label or blend, mock praise of a commenter who fails at something, a thread's
members derided as a clown show or a circus, "these people" derogated by a behaviour,
the mods power tripping) and clean comments that look alike (criticism of ideas, the
same words quoted or reported, self-deprecation, a real compliment, profanity at a
situation), measured at default settings (`Scorer()`). The lines are in
forum21_probe_lines.py and forum21_holdout_lines.py.

On base19b before the round, the studied part (32 hostile, 30 clean, 6 untargeted
swearing): 3 caught, 0 clean flagged, 0 swearing flagged. After targeting_forum21.py
and its lexicon lines: 23 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 37 clean, 7 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 2 caught, 0 flagged,
0 swearing flagged; after, 27 caught, 0 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import forum21_holdout_lines as held
from tests.core.scoring import forum21_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# The labels "feminazis", "soyboys", "sheeple" (and "snowflakes gonna melt"): in dev
# comments they were as often a label in a rant the annotators kept clean, so the round
# left them as they were.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "feminazis ruin everything",
        "feminazis are everywhere",
        "the soyboys are out in force today",
        "soyboys everywhere in this thread",
        "sheeple will swallow anything",
        "these sheeple",
        "snowflakes gonna melt",
        "look at all the soyboys in here",
        "the feminazis are mad again",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.83  # 23 of 32 caught, 0 flagged: 0.836
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 27  # the final count (2 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestForum21Probe(ProbeRoundChecks):
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
