"""The olid20 probe (issue 8): tweet-like lines in the round's shapes (a punishment
wished on a person or a group, a jail foretold, an order to lock up or arrest a person
(left out), a person called a nobody) and clean lines that look alike (news of an arrest or a
firing, a question in good faith, a condition, the same words of a thing or of oneself,
praise), measured at default settings (`Scorer()`). The lines are in
olid20_probe_lines.py and olid20_holdout_lines.py.

On base19b before the round, the studied part (38 hostile, 35 clean, 6 untargeted
swearing): 3 caught, 0 clean flagged, 0 swearing flagged. After targeting_olid20.py and
its lexicon lines: 23 caught, 0 flagged, 0 swearing flagged (15 left out on purpose:
the chant "lock her up" and a demand to fire, arrest, impeach or prosecute a person).

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 4 caught, 0 flagged,
0 swearing flagged; after, 22 caught, 0 flagged, 0 swearing flagged (17 of the 18
misses are the shapes left out on purpose: a demand to arrest, fire, impeach, prosecute
or indict, the chant and other orders; one is "she's just some nobody").
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid20_holdout_lines as held
from tests.core.scoring import olid20_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Built and removed: the chant ("lock her up", "arrest him", "impeach him") and a demand
# to fire, arrest, impeach or prosecute a person. The data's annotators mark the chant no offence
# as often as offence (insults19 found the same), and control12 keeps "that ceo should be
# fired for the layoffs" clean (criticism, a demand for accountability) and fixes12 "he
# wants to kill all the immigrants and he should be arrested" (counter-speech).
KNOWN_MISSES: frozenset[str] = frozenset({
    "Comey should be arrested", "he should be arrested", "lock her up", "LOCK HIM UP!!",
    "lock them all up", "arrest him", "arrest them all",
    "he needs to be fired", "she should be fired", "@USER you should be fired",
    "he should be impeached", "impeach him", "Schiff should be prosecuted",
    "put him behind bars", "that coach needs to be fired",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.75  # 23 of 38 caught (15 left out, above), 0 flagged: 0.754
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 22  # the final count (4 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestOlid20Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
