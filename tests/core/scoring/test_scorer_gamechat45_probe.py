"""The gamechat45 probe (issue 8): flaming aimed at a teammate named by a Dota position
("pos 5 is a bot", "our 1 is trash"), a role with its modifier ("soft support is
trash"), or a role or hero after a lead clause ("ff at 15 this jungler is braindead",
"ff now jugg is braindead"), a bad record said of a position or after a hero's name
("pos 1 0-12 gg", "jugg 0/10 gg"), the clean lines in the same words (role and hero
talk, a role judged in a patch, negated, asked, reported, self-directed, scores,
ratings), and friendly swearing, measured at default settings (`Scorer()`). The lines
are in gamechat45_probe_lines.py and gamechat45_holdout_lines.py.

On 2262ef95 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 6 caught, 0 clean flagged, 0 swearing flagged. After targeting_gamechat45.py
and gamechat44_words' "0/10" after a player's name: 35 caught, 0 flagged, 0 swearing
flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 2262ef95, 14 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
39 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat45_holdout_lines as held
from tests.core.scoring import gamechat45_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (14 of 40 on 2262ef95)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 2262ef95)


class TestGameChat45Probe(ProbeRoundChecks):
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
