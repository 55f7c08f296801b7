"""The hatecheck44 probe (issue 8): a sweep over HateCheck's functional categories for
seven target groups found three shapes the scorer missed: a right or a basic good denied
to a named group ("women dont deserve to vote", "trans people deserve no rights",
"muslims have no right to be here"), hateprobe3's claims denied in chat spelling
("muslims dont deserve to exist"), and the group said to bring nothing but harm
("immigrants bring nothing but crime", "muslims only bring violence"); with the clean
lines in the same words (the right granted, not a right, a good brought, no group,
counter-speech, negation, questions in good faith, reported speech) and friendly
swearing, measured at default settings (`Scorer()`). The lines are in
hatecheck44_probe_lines.py and hatecheck44_holdout_lines.py.

On ac169d9e before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 1 caught, 1 clean flagged, 0 swearing flagged. After targeting_hatecheck44.py:
33 caught, 1 flagged, 0 swearing flagged. The misses: "only" before a verb of bringing
("muslims only bring violence"), left alone since "bring" as a term's word would make
chat's "brig" (a hero) its typo. The false flag comes from an older word outside
this round's shapes: "criminals" read at the immigrants in "immigrants don't deserve to
be treated like criminals".

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on ac169d9e, 2 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 34 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck44_holdout_lines as held
from tests.core.scoring import hatecheck44_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught (hatecheck45 reads "only bring").
KNOWN_MISSES: frozenset[str] = frozenset()
# An older word outside this round's shapes.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "immigrants don't deserve to be treated like criminals",
})  # fmt: skip

TUNE_F1_FLOOR = 0.95  # 33 of 35 caught, 1 flagged: 0.957
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 34  # the final count (2 of 40 on ac169d9e)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on ac169d9e)


class TestHateCheck44Probe(ProbeRoundChecks):
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
