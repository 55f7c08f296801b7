"""The precision30 probe (issue 8): counter-speech about harm done to an identity group,
which older rounds read as a put-down of the group ("people are so cruel to muslims
online", "his violent rhetoric against immigrants", "the way they treat refugees is
disgusting", "being cruel to disabled people is pathetic"), the hostile lines in the
same words that must stay caught (the group as the doer, a call or a wish to harm the
group, the group put down outright), and friendly swearing, measured at default settings
(`Scorer()`). The lines are in precision30_probe_lines.py and
precision30_holdout_lines.py.

On 79207d7f before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 33 caught, 29 clean flagged, 0 swearing flagged. After
targeting_precision30.py: 33 caught, 2 flagged, 0 swearing flagged. The two misses have
no hit aimed at a group before or after ("black people are so racist towards whites",
"we will be nasty to every black family here"); the guard only lowers scores. The two
false flags keep a group word before the put-down ("so many men are nasty to women
online", read as men the doers) or a name-call as the doer ("the bullies were savage to
the trans kid").

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 79207d7f, 36 of 40 caught, 34 of 40 flagged,
0 of 6 swearing flagged. After, counted once after the last change and the suite: 36 of
40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import precision30_holdout_lines as held
from tests.core.scoring import precision30_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# No hit aimed at a group on 79207d7f either; the guard only lowers scores.
KNOWN_MISSES: frozenset[str] = frozenset({
    "black people are so racist towards whites", "we will be nasty to every black family here",
})  # fmt: skip
# A group word ("men") or a name-call ("the bullies") as the doer before the put-down.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "so many men are nasty to women online", "the bullies were savage to the trans kid",
})  # fmt: skip

TUNE_F1_FLOOR = 0.94  # 33 of 35 caught, 2 flagged: 0.943
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged at the start
HELD_CAUGHT_FLOOR = 36  # the final count: 36 of 40 caught (36 on 79207d7f)
HELD_FLAGGED_CAP = 1  # the final count: 1 of 40 flagged (34 of 40 on 79207d7f)


class TestPrecision30Probe(ProbeRoundChecks):
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
