"""The discord26 probe (issue 8): Discord lines between teenagers in the round's shapes
("mid" said of a member or of a member's things, a member's life or take called an L, an
L said at a member who took it) and clean chat that looks alike (the same words at no
one, at oneself or at a show or a game, "mid" as a lane, a loss consoled, kind turns),
measured at default settings (`Scorer()`). The lines are in discord26_probe_lines.py and
discord26_holdout_lines.py.

On base23 before the round, the studied part (37 hostile, 36 clean, 6 untargeted
swearing): 5 caught, 0 clean flagged, 0 swearing flagged. After targeting_discord26.py
and its lexicon lines: 37 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 4 caught, 0 flagged,
0 swearing flagged; after, 39 caught, 0 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord26_holdout_lines as held
from tests.core.scoring import discord26_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Shapes left for a later round: an L sized by a word that opens no older lexicon line
# ("massive", "biggest": "ur the biggest L here", "u took a massive L").
KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 37 of 37 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 39  # the final count (4 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestDiscord26Probe(ProbeRoundChecks):
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
