"""The italian66 probe (issue 8): a named group wished out of the country in Italian with
a wish and "che" (or "magari") and an expulsion in the subjunctive, the group before the
verb ("spero che i rom vengano deportati"), after it ("speriamo che caccino tutti gli
zingari"), or "them" sent to their own country or named as the topic before the wish
("magari li rimandassero tutti a casa loro", "gli zingari? spero che li caccino tutti"),
the clean lines in the same words (news, sport, school, people who are no group, good
wishes, negations, reports, questions and counter-speech), and friendly swearing,
measured at default settings (`Scorer()`). The lines are in italian66_probe_lines.py and
italian66_holdout_lines.py.

On bc81d1d6 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 2 caught, 0 clean flagged, 0 swearing flagged. After targeting_italian66.py:
34 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on bc81d1d6, 2 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
37 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian66_holdout_lines as held
from tests.core.scoring import italian66_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# The expulsion joined by "e" to a second verb that names the way home ("... li espellano
# tutti e tornino a casa loro"): the shape reads only the clause that closes after it.
KNOWN_MISSES: frozenset[str] = frozenset({
    "mi auguro che li espellano tutti e tornino a casa loro",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (2 of 40 on bc81d1d6)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on bc81d1d6)


class TestItalian66Probe(ProbeRoundChecks):
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
