"""The discord18 probe (issue 8): Discord chat lines in the round's shapes (exclusion and
ganging up, appearance and life attacks, doxxing and stalking threats, self-harm
encouragement in other words, ableist jabs and archetype name-calls at a person) and
clean chat that looks alike (the same words about oneself, reports and help-seeking,
talk of shows and games, friendly banter), measured at default settings (`Scorer()`).
The lines are in discord18_probe_lines.py and discord18_holdout_lines.py.

On main before the round, the studied part (41 hostile, 36 clean, 6 untargeted
swearing): 26 caught, 1 clean flagged, 0 swearing flagged. After targeting_discord18.py,
its fixes in targeting_chat9 and targeting_gamechat9 and its lexicon lines: 41 caught,
0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 25 caught, 3 flagged,
0 swearing flagged; after, 31 caught, 3 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord18_holdout_lines as held
from tests.core.scoring import discord18_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 41 of 41 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 31  # the final count (25 at the start)
HELD_FLAGGED_CAP = 3  # the final count (3 at the start)


class TestDiscord18Probe(ProbeRoundChecks):
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
