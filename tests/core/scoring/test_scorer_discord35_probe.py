"""The discord35 probe (issue 8): Discord and teen Q&A lines that reject the reader with
no insult word, not liked, loved, cared about or needed by the writer, the room or the
reader's own people ("i dont like u", "we dont care about you", "even ur mom doesnt like
u", "nobody loves u", "i never liked u"), and clean chat that looks alike (the same
verbs at a thing or a habit, a tail that turns them, asked, hedged, reported, kind or
denied), measured at default settings (`Scorer()`). The lines are in
discord35_probe_lines.py and discord35_holdout_lines.py.

On afa9c3a0 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_discord35.py
and its lexicon lines: 35 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 1 caught, 1 flagged,
0 swearing flagged; after, 40 caught, 1 flagged, 0 swearing flagged (its lines were
not read).
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord35_holdout_lines as held
from tests.core.scoring import discord35_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (1 at the start)
HELD_FLAGGED_CAP = 1  # the final count (1 at the start)


class TestDiscord35Probe(ProbeRoundChecks):
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
