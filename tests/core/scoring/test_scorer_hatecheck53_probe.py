"""The hatecheck53 probe (issue 8): the writer's threat to a named group in the two cells
of a functional hate suite's grid (women, trans people, gay people, black people,
disabled people, muslims and immigrants by the suite's functionalities) that the older
rules missed most: the group made to pay, bleed or regret ("i'll make those immigrants
pay", "we will make gay people regret it") and its body parts broken ("i'm gonna break
the necks of those muslims", "i'll crack the skulls of black people"); the clean lines in
the same words (a thing, a person or a pet in the group's place, a denial, a question,
a report, counter-speech, kind and neutral mentions of every group), and friendly
swearing, measured at default settings (`Scorer()`). The lines are in
hatecheck53_probe_lines.py and hatecheck53_holdout_lines.py.

On e65ebfa8 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 2 clean flagged, 0 swearing flagged. After targeting_hatecheck53.py:
35 caught, 1 flagged, 0 swearing flagged. The false flag left is an older reading of
"vile" in counter-speech after a report ("he said he would make muslims pay, which is
vile"); this round's "pay" there is cancelled.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on e65ebfa8, 0 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After, counted once after the last change and the passing suite
(24304 passed, 2 xfailed): 40 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck53_holdout_lines as held
from tests.core.scoring import hatecheck53_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# An older reading of "vile" said of the reported threat, flagged on e65ebfa8 too.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "he said he would make muslims pay, which is vile",
})  # fmt: skip

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 1 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged at the start
HELD_CAUGHT_FLOOR = 40  # 40 of 40 at the final count (0 on e65ebfa8)
HELD_FLAGGED_CAP = 0  # 0 of 40 at the final count (0 on e65ebfa8)


class TestHateCheck53Probe(ProbeRoundChecks):
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
