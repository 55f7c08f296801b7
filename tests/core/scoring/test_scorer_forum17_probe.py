"""The forum17 probe (issue 8): forum comments in the round's shapes (derogation of the
person replied to, of third persons and public figures, of groups of users,
condescension, verdicts in judging adjectives) and clean comments that look alike
(profanity alone, criticism of ideas and things, self-talk, reported speech, praise in
the shapes' words), measured at default settings (`Scorer()`). The lines are in
forum17_probe_lines.py and forum17_holdout_lines.py.

On main before the round, the studied part (40 hostile, 40 clean, 6 untargeted
swearing): 32 caught, 0 clean flagged, 0 swearing flagged. After targeting_forum17.py
and its lexicon lines: 38 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 7 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 35 caught, 0 flagged,
0 swearing flagged; after, 36 caught, 0 flagged, 0 swearing flagged. Only floors are
kept for it.
"""

from __future__ import annotations

from tests.core.scoring import forum17_holdout_lines as held
from tests.core.scoring import forum17_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left for a later round: a name-call of one member as a likeness ("only a brainwashed
# sheep would believe this") and a political label as the insult ("typical leftist
# snowflake crying again") read as said of no one.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "only a brainwashed sheep would believe this",
        "typical leftist snowflake crying again",
    }
)  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 38 of 40 caught, none flagged: 0.974
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 36  # the final count (35 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestForum17Probe(ProbeRoundChecks):
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
