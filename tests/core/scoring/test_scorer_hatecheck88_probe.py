"""The hatecheck88 probe (issue 8): a stereotype sneer at an identity group with no
copula, an opener opening its sentence ("typical", "classic"), one member of the group
and, maybe, a conduct or role noun, said whole ("classic jew move", "classic mexican
lol", "typical woman driver"); the clean lines in the same frames and words (things and
styles of a people, the writer and the writer's own membership, reports, counters,
questions, game talk) and friendly swearing, measured at default settings (`Scorer()`).
The lines are in hatecheck88_probe_lines.py and hatecheck88_holdout_lines.py.

On 333e3f84 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 1 clean flagged, 0 swearing flagged. After targeting_hatecheck88.py,
hatecheck88_words.py and the round's "classic <member>" lines: 35 caught, 1 flagged (the
same older false flag: a thing said of the stereotype, "... joke is lazy", read as a claim
about the group), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 333e3f84, 0 of 40 caught, 0 of 40 flagged, 1 of
6 swearing flagged. After (counted once, after the last change and the passing tests): 40
of 40 caught, 0 of 40 flagged, 1 of 6 swearing flagged (as many as at the start). Only
floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck88_holdout_lines as held
from tests.core.scoring import hatecheck88_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# An older reading, flagged before the round too: the stereotype's joke is the subject.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"the typical woman driver joke is lazy"})

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 1 flagged (F1 0.986)
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 1 / 6  # 1 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (0 of 40 on 333e3f84)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 333e3f84)


class TestHateCheck88Probe(ProbeRoundChecks):
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
