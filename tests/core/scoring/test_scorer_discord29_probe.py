"""The discord29 probe (issue 8): Discord lines between teenagers and young adults with
hostility at the reader or someone present in everyday chat slang (dismissal, exclusion,
mockery; the round's shapes: dislike said to a face, "i can't stand you", "i cant stand
him"; the reader likened to a useless or dull thing, "you are as sharp as a marble", "ur
as useful as a chocolate teapot") and clean chat that looks alike (the same words at a
thing, at oneself, reported, denied, asked, kind), measured at default settings
(`Scorer()`). The lines are in discord29_probe_lines.py and discord29_holdout_lines.py.

On base27 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 13 caught, 0 clean flagged, 0 swearing flagged. After targeting_discord29.py
and its lexicon lines: 32 caught, 0 flagged, 0 swearing flagged (the three left are
shapes no rule of this round reads: "u took a massive L lol", "ur weird", "you didn't
even read it did you").

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 13 caught, 1 flagged,
0 swearing flagged; after, 36 caught, 1 flagged, 0 swearing flagged. Only floors are
kept for it. (The suite run before that count, rules final, checked this file with
the start's floors, 13 and 1: a pass, no totals or lines shown.)
"""

from __future__ import annotations

from tests.core.scoring import discord29_holdout_lines as held
from tests.core.scoring import discord29_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: shapes no rule of this round reads.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "ur weird",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 32 of 35 caught, 0 flagged: 0.955
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 36  # the final count (13 at the start)
HELD_FLAGGED_CAP = 1  # the final count (1 at the start)


class TestDiscord29Probe(ProbeRoundChecks):
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
