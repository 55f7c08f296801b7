"""The gamechat24 probe (issue 8): in-game chat of games other than Dota 2 in the
round's shapes (a swear word said of the reader, stretched or not; a gg-taunt with an
insult; "uninstall" and "delete" in chat spelling; a mock title with a role or hero
name; threats with "u") and clean chat that looks alike (callouts, praise, self-talk,
"gg wp", the same words of a thing, tech support), measured at default settings
(`Scorer()`). The lines are in gamechat24_probe_lines.py and
gamechat24_holdout_lines.py.

On base19b before the round, the studied part (35 hostile, 31 clean, 6 untargeted
swearing): 4 caught, 0 clean flagged, 0 swearing flagged. After targeting_gamechat24.py
and its lexicon lines: 32 caught, 0 flagged, 0 swearing flagged.

The held-back part (42 hostile, 41 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 10 caught, 1 flagged,
0 swearing flagged; after, 35 caught, 3 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat24_holdout_lines as held
from tests.core.scoring import gamechat24_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Shapes left for a later round: a bare "kid" after a gg-taunt (no lexicon word), a
# threat naming the game after it (the older rules' gaming talk, "ill kill you after the
# game").
KNOWN_MISSES: frozenset[str] = frozenset({
    "gg no re kid",
    "ur dead after this game",
    "ur so dead after this match",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 32 of 35 caught, 0 flagged: 0.955
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 35  # the final count (10 at the start)
HELD_FLAGGED_CAP = 3  # the final count (1 at the start)


class TestGameChat24Probe(ProbeRoundChecks):
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
