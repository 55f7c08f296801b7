"""The gamechat44 probe (issue 8): a player shamed by a bad kill/death record in Dota 2
chat ("lina 0-9 gg", "0/11 axe lol", "pudge 1-12 report", "our mid is 0 and 8", "he is
0-9 lol", "1-11 report"), the clean lines in the same words (the writer's own record, a
good record, a score, a count, a time, a date, a range, a rating), and friendly
swearing, measured at default settings (`Scorer()`). The lines are in
gamechat44_probe_lines.py and gamechat44_holdout_lines.py.

On cdf2cea2 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 9 caught (by a word beside the record: "uninstall", "noob", "trash", "and
still talking"), 0 clean flagged, 0 swearing flagged. After Scorer.score's record pass
and targeting_gamechat44.py: 32 caught, 0 flagged, 0 swearing flagged. The misses: the
other team's record, which the round leaves clean for gamechat35 ("their mid is 0/12
lol" is the match going well), and a record out of 10 with a slash, read as a rating.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on cdf2cea2, 9 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 37 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat44_holdout_lines as held
from tests.core.scoring import gamechat44_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# The other team's record (gamechat35 keeps "their mid is 0/12 lol" clean); gamechat45
# reads "jugg 0/10 gg" as a record (a player's name before it).
KNOWN_MISSES: frozenset[str] = frozenset({
    "their mid 0-7 haha", "enemy mid 1-9 lol",
})  # fmt: skip
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 32 of 35 caught, 0 flagged: 0.955
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (9 of 40 on cdf2cea2)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on cdf2cea2)


class TestGameChat44Probe(ProbeRoundChecks):
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
