"""The hatecheck32 probe (issue 8): HateCheck-style lines in the round's shapes (a group
named in one sentence and attacked through "they"/"them" in the next; a virtue or
belonging denied to a group) and clean look-alikes (the same pronouns at things or
non-protected groups, kind pronoun reference, counter-speech and reporting, negated
negatives, friendly swearing), measured at default settings (`Scorer()`). The lines are
in hatecheck32_probe_lines.py and hatecheck32_holdout_lines.py.

On base26 before the round, the studied part (36 hostile, 36 clean, 5 untargeted
swearing): 32 caught, 1 clean flagged, 0 swearing flagged. After targeting_hatecheck32.py,
its lexicon and cue lines and hatecheck23's modal leads: 35 caught, 1 flagged, 0 swearing
flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 33 caught, 2 flagged,
0 swearing flagged; after, 36 caught, 2 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck32_holdout_lines as held
from tests.core.scoring import hatecheck32_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left for a later round: a group attacked through "they" with "all" before the older
# term ("they are all a burden" after "a disabled cousin").
KNOWN_MISSES: frozenset[str] = frozenset({
})  # fmt: skip
# Abuse at a non-protected group through "they": the older rules aim "liars" at the
# politicians, as OLID-style sets want; the hate suites count it clean. Left alone.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "Politicians again. They are all liars.",
})  # fmt: skip

TUNE_F1_FLOOR = 0.97  # 35 of 36 caught, 1 flagged: 0.972
SWEARING_CEILING = 0.10  # the hate suites' share of friendly profanity flagged
HELD_CAUGHT_FLOOR = 36  # the final count (33 at the start)
HELD_FLAGGED_CAP = 2  # the final count (2 at the start)


class TestHateCheck32Probe(ProbeRoundChecks):
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
