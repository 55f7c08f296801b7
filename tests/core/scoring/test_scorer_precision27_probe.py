"""The precision27 probe (issue 8): judging words in a list said of a thing someone made
or said, which older rounds read as said of the person near them ("she stands by her
stupid, racist, moronic comments", "his dumb and lazy excuses", "they keep making dumb,
lazy sequels"), the hostile lines in the same words that must stay caught (the list
said of the reader, of a person or of a group, or closed by a name-call), and friendly
swearing, measured at default settings (`Scorer()`). The lines are in
precision27_probe_lines.py and precision27_holdout_lines.py.

On afa9c3a0 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 28 caught, 14 clean flagged, 0 swearing flagged. After
targeting_precision27.py: 28 caught, 0 flagged, 0 swearing flagged. The seven misses
are older readings the guard does not touch (it only lowers scores): a list before a
person read as a thing ("these stupid, ignorant people", "those stupid, racist
idiots", "these dumb, racist trolls"), or with no clear target ("what a stupid,
arrogant man", "the stupid, lazy ref ruined it", "this dumb, lazy clown again", "what
a stupid, pointless excuse for a human"), before and after.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on afa9c3a0, 30 of 40 caught, 14 of 40 flagged,
0 of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 30 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import precision27_holdout_lines as held
from tests.core.scoring import precision27_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Older readings the guard leaves as they were (it only lowers scores); hatecheck42
# since catches "what a stupid, arrogant man", "this dumb, lazy clown again", "these
# stupid, ignorant people" and "those stupid, racist idiots".
KNOWN_MISSES: frozenset[str] = frozenset({
    "the stupid, lazy ref ruined it",
    "these dumb, racist trolls",
    "what a stupid, pointless excuse for a human",
})  # fmt: skip
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.93  # 32 of 35 caught, 0 flagged since hatecheck42: 0.955 (0.889 before)
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 30  # the final count (30 of 40 on afa9c3a0 too)
HELD_FLAGGED_CAP = 0  # the final count (14 of 40 on afa9c3a0)


class TestPrecision27Probe(ProbeRoundChecks):
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
