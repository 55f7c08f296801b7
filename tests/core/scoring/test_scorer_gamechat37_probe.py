"""The gamechat37 probe (issue 8): game chat in the round's shapes (a nationality
generalised about in the lobby: "typical russians", "russians in a nutshell", "another
peruvian in my team", "4 peruvians in my team"; its players sent away: "go back to ur
peru servers", "stop playing dota pinoys") and clean chat that looks alike (the writer's
own nationality, servers and languages, kind words, a thing after the word, asked,
reported, quoted, denied), measured at default settings (`Scorer()`). The lines are in
gamechat37_probe_lines.py and gamechat37_holdout_lines.py.

On base32 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 7 caught, 0 clean flagged, 0 swearing flagged. After targeting_gamechat37.py
and its lexicon lines: 35 caught, 0 flagged, 0 swearing flagged. One of a nationality
is read only in "another peruvian" and "russian server" (a lone adjective stacked with
the noun after it: "a russian troll" was read at the reader); no line changed for it.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 8 caught, 3 flagged,
0 swearing flagged; after, 38 caught, 3 flagged, 0 swearing flagged (as many flagged
as at the start; which lines was not looked at). Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat37_holdout_lines as held
from tests.core.scoring import gamechat37_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 38  # the final count (8 at the start)
HELD_FLAGGED_CAP = 3  # the final count (3 at the start)


class TestGameChat37Probe(ProbeRoundChecks):
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
