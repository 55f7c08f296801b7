"""The discord24 probe (issue 8): Discord lines between teenagers in the round's shapes
(a loss handed to a member, "cope" and "seethe" told to the reader, "cry me a river", a
label such as "no lifer" put on the reader, the reader's mother mocked with a lowly job,
"nobody asked") and clean chat that looks alike (the same words at no one or the writer,
talk of games and songs, kind turns, reports and help-seeking), measured at default
settings (`Scorer()`). The lines are in discord24_probe_lines.py and
discord24_holdout_lines.py.

On base21 before the round, the studied part (42 hostile, 31 clean, 5 untargeted
swearing): 22 caught, 2 clean flagged, 0 swearing flagged. After targeting_discord24.py
and its lexicon lines: 38 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 17 caught, 0 flagged,
0 swearing flagged; after, 28 caught, 0 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord24_holdout_lines as held
from tests.core.scoring import discord24_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Shapes left for a later round: "L" as a name for the reader ("ur an L fr"), an L
# taken by the reader told with a laugh ("u took the fattest L lmao"), the reader's
# coping described ("ur coping so hard rn"), the Italian "prenditi questa L".
KNOWN_MISSES: frozenset[str] = frozenset({
    "u took the fattest L lmao",
    "ur coping so hard rn",
    "prenditi questa L",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.94  # 38 of 42 caught, 0 flagged: 0.950
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 28  # the final count (17 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestDiscord24Probe(ProbeRoundChecks):
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
