"""The discord12 probe (issue 8): Discord server chat in the round's shapes (slang
dismissals, exclusion, "kys" spellings, pile-ons, leak threats, mentions), measured at
default settings (`Scorer()`). The lines are in discord12_probe_lines.py and
discord12_holdout_lines.py.

On main before the round, the studied part (44 hostile, 39 clean, 10 untargeted
swearing): 33 caught, 1 clean flagged, 0 swearing flagged. After targeting_discord12.py
and its lexicon lines: 41 caught, 0 flagged, 0 swearing flagged (F1 0.965).

The held-back part (40 hostile, 40 clean, 10 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 35 caught, 1 flagged,
0 swearing flagged; after, 36 caught, 1 flagged, 0 swearing flagged. Only floors are
kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord12_holdout_lines as held
from tests.core.scoring import discord12_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# An adverb between "ur" and "so irrelevant", "an L just like u", and a found profile
# after a game callout.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "ur actually so irrelevant",
        "ur opinion is an L just like u",
        "watch ur back, i found ur insta",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.96
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 36  # the final count (35 at the start)
HELD_FLAGGED_CAP = 1  # the final count (1 at the start)


class TestDiscord12Probe(ProbeRoundChecks):
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
