"""The hatecheck41 probe (issue 8): hate about an identity group whose subject carries the
writer's relative clause ("every muslim i meet is scum", "the women i know are all
stupid", "the immigrants that i know are filth"), which older rounds read as
self-directed, the clean lines in the same words that must stay clean (praise, the
writer's own insult, a denied or refused claim, counter-speech), and friendly swearing,
measured at default settings (`Scorer()`). The lines are in hatecheck41_probe_lines.py
and hatecheck41_holdout_lines.py.

On afa9c3a0 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 10 caught, 0 clean flagged, 0 swearing flagged. After
targeting_hatecheck41.py: 32 caught, 0 flagged, 0 swearing flagged. The three misses
have no identity group or no lexicon term: "every feminist i've met is a hysterical
bitch" (feminist is no identity word), "every woman i've met is a gold digger" and "gay
men i have met are all sick".

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on afa9c3a0, 10 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite, 21827 passed, 2 xfailed): 35 of 40 caught, 1 of 40 flagged, 0 of 6 swearing
flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck41_holdout_lines as held
from tests.core.scoring import hatecheck41_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# No identity group, or no lexicon term in the predicate.
KNOWN_MISSES: frozenset[str] = frozenset({
    "every feminist i've met is a hysterical bitch",
    "every woman i've met is a gold digger",
    "gay men i have met are all sick",
})  # fmt: skip
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 32 of 35 caught, 0 flagged: 0.955
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # HELD_SWEARING_NOTE
HELD_CAUGHT_FLOOR = 35  # HELD_CAUGHT_NOTE
HELD_FLAGGED_CAP = 1  # HELD_FLAGGED_NOTE


class TestHateCheck41Probe(ProbeRoundChecks):
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
