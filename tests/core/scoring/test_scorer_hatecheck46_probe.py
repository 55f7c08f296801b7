"""The hatecheck46 probe (issue 8): a group's name or a slur written obfuscated inside a
hateful statement the scorer catches when spelled plainly (letters swapped or dropped,
spaces taken out or put in, dots, stars or marks inside, leetspeak: "m.u.s.l.i.m.s are
disgusting", "wom*n are nothing but trash", "musl!ms are terrorists", "I hate mus1ims"),
the same spellings in neutral or kind statements and words that only look like a name
that must stay clean, and friendly swearing, measured at default settings (`Scorer()`).
The lines are in hatecheck46_probe_lines.py and hatecheck46_holdout_lines.py.

On 79207d7f before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 19 caught, 0 clean flagged, 0 swearing flagged. After the round's spellings
(hatecheck46_words.py's docstring): 33 caught, 0 flagged, 0 swearing flagged. The two
misses are spellings left alone: two stars in a five-letter name ("w*m*n", past
hatecheck31's one star in three letters) and a letter written as another ("refugess").

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 79207d7f, 27 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After the round, counted once after the last change and the
passing suite: 40 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors
are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck46_holdout_lines as held
from tests.core.scoring import hatecheck46_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A spelling no table reads: a letter written as another.
KNOWN_MISSES: frozenset[str] = frozenset({"refugess are leeches"})
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 33 of 35 caught, 0 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (27 of 40 on 79207d7f)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 79207d7f too)


class TestHateCheck46Probe(ProbeRoundChecks):
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
