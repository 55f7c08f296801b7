"""The discord25 probe (issue 8): Discord lines between teenagers in the round's shapes
(a member called an L, a bare "cope" told in reply) and clean chat that looks alike (the
same words at no one or at oneself, a loss taken in a game or a test, "cope" as a word
or a way of dealing, a chat term explained, "keep crying" of oneself, kind turns, talk
of games and shows), measured at default settings (`Scorer()`). The lines are in
discord25_probe_lines.py and discord25_holdout_lines.py.

On base22 before the round, the studied part (37 hostile, 35 clean, 6 untargeted
swearing): 5 caught, 5 clean flagged, 0 swearing flagged. After targeting_discord25.py
and its lexicon lines: 32 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 6 caught, 5 flagged,
0 swearing flagged; after, 31 caught, 0 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord25_holdout_lines as held
from tests.core.scoring import discord25_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Shapes left for a later round: "biggest" before the L (not an opener of older lexicon
# lines; "whole", the same, moved an unrelated reading), the clause going on after the L
# ("ur an L and everyone knows it"), "cope" alone and unaddressed (the discord probe keeps
# it a friendly shrug; a trailing emoji is no word), "ur mid" said bare.
KNOWN_MISSES: frozenset[str] = frozenset({
    "ur the biggest L here",
    "cope",
    "cope 💀",
    "ur mid",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.92  # 32 of 37 caught, 0 flagged: 0.928
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 31  # the final count (6 at the start)
HELD_FLAGGED_CAP = 0  # the final count (5 at the start)


class TestDiscord25Probe(ProbeRoundChecks):
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
