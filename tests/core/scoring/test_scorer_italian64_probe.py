"""The italian64 probe (issue 8): violence called for against a group in Italian with a
clitic infinitive or imperative, letting them drown ("bisognerebbe lasciarli affogare",
"i migranti vanno lasciati annegare"), shooting them ("gli zingari? sparargli a vista",
"spariamogli addosso a questi clandestini") and the older clitic verbs said of "quella
gente" ("quella gente bisogna ammazzarli tutti"), the clean lines in the same words
(things, games, food and hunting, rescue, negations, questions, counter-speech, news and
reports), and friendly swearing, measured at default settings (`Scorer()`). The lines are
in italian64_probe_lines.py and italian64_holdout_lines.py.

On a6badc62 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 6 caught, 0 clean flagged, 0 swearing flagged. After targeting_italian64.py:
34 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on a6badc62, 5 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
39 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian64_holdout_lines as held
from tests.core.scoring import italian64_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Hatecheck9's unsaid reading takes the opening "basta" for a denial ("basta odio, ...").
KNOWN_MISSES: frozenset[str] = frozenset({"basta accoglienza, bisogna lasciarli affogare"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (5 of 40 on a6badc62)
HELD_FLAGGED_CAP = 2  # the final count (2 of 40 on a6badc62)


class TestItalian64Probe(ProbeRoundChecks):
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
