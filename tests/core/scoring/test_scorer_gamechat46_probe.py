"""The gamechat46 probe (issue 8): Dota-style game-chat put-downs that older rules read as
something else: the retort "says the noob pudge" (read as reported speech), a vocative
name-call after "not today" / "not this time" (read as a denied insult) and a
person-only plural swear noun for players after "those" / "these" ("those 2 little
cunts", read as about a thing); the clean lines in the same words that must stay clean
(reported speech with its speaker, real denials, claims after a copula, sayings,
questions, affection and reports before "those"), and untargeted friendly swearing,
measured at default settings (`Scorer()`). The lines are in gamechat46_probe_lines.py and
gamechat46_holdout_lines.py.

On e65ebfa8 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 5 caught, 1 clean flagged, 0 swearing flagged. After targeting_gamechat46.py:
35 caught, 1 flagged, 0 swearing flagged. The one false flag is an older rule's reading
of "cunts" as a group, left alone.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on e65ebfa8, 3 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
40 of 40 caught, 2 of 40 flagged, 0 of 6 swearing
flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat46_holdout_lines as held
from tests.core.scoring import gamechat46_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# An older rule reads "cunts" after "those" as a group even after "miss".
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"miss those cunts from uni"})

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 1 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (3 of 40 on e65ebfa8)
HELD_FLAGGED_CAP = 2  # the final count (2 of 40 on e65ebfa8 too)


class TestGameChat46Probe(ProbeRoundChecks):
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
