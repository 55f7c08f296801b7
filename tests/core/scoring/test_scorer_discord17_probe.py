"""The discord17 probe (issue 8): Discord chat lines in the round's shapes (exclusion from
the server or the voice channel, harassment rallied against one person, belittling,
threats in a teen register, identity jabs at a person) and clean chat that looks alike
(counter-speech against a hostile phrase, a threat's shape turned sweet, a jab the writer
shares, game and school talk), measured at default settings (`Scorer()`). The lines are
in discord17_probe_lines.py and discord17_holdout_lines.py.

On main before the round, the studied part (37 hostile, 33 clean, 6 untargeted
swearing): 26 caught, 7 clean flagged, 0 swearing flagged. After targeting_discord17.py
and its lexicon lines: 37 caught, 1 flagged, 0 swearing flagged.

The held-back part (41 hostile, 40 clean, 7 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 22 caught, 9 flagged,
0 swearing flagged; after, 30 caught, 2 flagged,
0 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord17_holdout_lines as held
from tests.core.scoring import discord17_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# Left for a later round: a threat's dare turned by tears of joy; "happy" alone is no
# sign (it is as often sarcasm after a threat).
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"say that again and ill cry happy tears"})

TUNE_F1_FLOOR = 0.98  # 37 of 37 caught, 1 flagged: 0.987
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 30  # the final count (22 at the start)
HELD_FLAGGED_CAP = 2  # the final count (9 at the start)


class TestDiscord17Probe(ProbeRoundChecks):
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
