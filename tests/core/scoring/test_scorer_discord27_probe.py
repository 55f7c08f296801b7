"""The discord27 probe (issue 8): Discord lines between teenagers in the round's shapes
("skill issue" pinned on a member: the member's own, the member having it, the member as
it, on the member's part, with a put-down after; a member likened to a dull thing, "ur
as smart as a brick", "you have the brains of a rock") and clean chat that looks alike
(a bare "skill issue" meme, the writer's or a thing's, asked, denied; a praised
comparison, the writer or a thing likened; kind turns, game and show talk), measured at
default settings (`Scorer()`). The lines are in discord27_probe_lines.py and
discord27_holdout_lines.py.

On base25 before the round, the studied part (36 hostile, 36 clean, 6 untargeted
swearing): 6 caught, 0 clean flagged, 0 swearing flagged. After targeting_discord27.py
and its lexicon lines: 36 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 3 caught, 0 flagged,
1 swearing flagged; after, 39 caught, 0 flagged, 1 swearing flagged (the same older
reading of "fuck me" as an order, not this round's).
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord27_holdout_lines as held
from tests.core.scoring import discord27_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the final count (no rule change after it): a held-back "you are as sharp as a
# marble" stays missed.
KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 36 of 36 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.17  # 1 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (3 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestDiscord27Probe(ProbeRoundChecks):
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
