"""The discord30 probe (issue 8): Discord lines between teenagers in the round's shapes
(a member told they took a big L: "u took a massive L lol"; a member called weird: "ur
so weird"; a few other mockeries) and clean chat that looks alike (the same words said
of oneself, a team or a thing, asked, reported, denied, a kind word after), measured at
default settings (`Scorer()`). The lines are in discord30_probe_lines.py and
discord30_holdout_lines.py.

On base28 before the round, the studied part (33 hostile, 31 clean, 6 untargeted
swearing): 7 caught, 0 clean flagged, 0 swearing flagged. After targeting_discord30.py
and its lexicon lines: 17 caught, 0 flagged, 0 swearing flagged (every big-L line
caught; the weird shape was not built in the round's time, and the other mockeries
stay missed).

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 9 caught, 0 flagged,
0 swearing flagged; after, 21 caught, 0 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord30_holdout_lines as held
from tests.core.scoring import discord30_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: the weird shape (not built) and the other mockeries.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "ur weird",
        "ur so weird",
        "you're so weird",
        "ur literally so weird",
        "ur lowkey weird ngl",
        "you are weird af",
        "u r so weird",
        "stop being weird",
        "bro ur weird",
        "ur weird asf",
        "you're actually weird",
        "ur ratio'd",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.67  # 17 of 33 caught, 0 flagged: 0.680
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 21  # the final count (9 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestDiscord30Probe(ProbeRoundChecks):
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
