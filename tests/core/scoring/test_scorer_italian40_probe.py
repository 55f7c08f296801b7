"""The italian40 probe (issue 8): Italian hate that denies an identity group respect,
pity or help ("le donne non meritano nessun rispetto", "gli zingari non meritano pietà",
"i gay non meritano di essere rispettati", "le donne meritano solo botte", "nessuna
pietà per i clandestini", "per i rom nessuna pietà") and clean lines that look alike
(respect given, people who are no identity group, a harm denied, "not only", asked,
another's claim), measured at default settings (`Scorer()`). The lines are in
italian40_probe_lines.py and italian40_holdout_lines.py.

On afa9c3a0 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 6 caught, 2 clean flagged ("chi dice che i gay non meritano rispetto è un
idiota", "idiota" read as said of the group; "perché dite che le donne non meritano
rispetto?", an older phrase read in another's claim asked about), 0 swearing flagged.
After targeting_italian40.py and its lexicon lines: 35 caught, 1 flagged (the "idiota"
line, left: the insult is aimed at whoever says it), 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 11 caught, 0 flagged,
0 swearing flagged; after, 39 caught, 0 flagged, 0 swearing flagged (counted once,
after every rule was final and the scorer suite passed; its lines were not read).
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian40_holdout_lines as held
from tests.core.scoring import italian40_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 1 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (11 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestItalian40Probe(ProbeRoundChecks):
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
