"""The gamechat42 probe (issue 8): game chat that puts down the writer's own team in words
the lexicon lacked or shapes it did not read, a verdict adjective before the team ("toxic
team", "sad team", "worst team"), an exclamation at it ("wtf this team", "fk dis team")
and hatred of it ("i hate my team"); the clean lines in the same words (the writer's own
side, an apology, team comps and team fights, questions, negation, praise, bare
reports), and friendly swearing, measured at default settings (`Scorer()`). The lines
are in gamechat42_probe_lines.py and gamechat42_holdout_lines.py.

On dcc34c00 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 1 caught, 0 clean flagged, 0 swearing flagged. After targeting_gamechat42.py:
35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on dcc34c00, 2 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged (three clean lines that repeated probe lines were reworded before
the end; the start count is the same). After (counted once, after the last change and
the passing suite): 37 of 40 caught, 2 of 40 flagged (the same count as at the start),
0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat42_holdout_lines as held
from tests.core.scoring import gamechat42_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (2 of 40 on dcc34c00)
HELD_FLAGGED_CAP = 2  # the final count (2 of 40 on dcc34c00)


class TestGameChat42Probe(ProbeRoundChecks):
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
