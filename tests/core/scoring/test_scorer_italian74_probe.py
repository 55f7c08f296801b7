"""The italian74 probe (issue 8): a named group's nature said fixed ("questi africani non
cambieranno mai", "i rom sono fatti così, non c'è niente da fare"), a group sent home by a
first-plural clitic call with no group named ("mandiamoli tutti a casa loro"), "we" all fed
up with a group ("siamo tutti stufi degli stranieri"), and a nationality that is a team in
a sports line, which names no group ("siamo stufi dei tedeschi in questo torneo"); the
clean lines in the same words (things, teams and single people, guests sent home for a
plain reason, counter-speech, rejecting questions, negation) and friendly swearing,
measured at default settings (`Scorer()`). The lines are in italian74_probe_lines.py and
italian74_holdout_lines.py.

On 333e3f84 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 4 caught, 3 clean flagged, 0 swearing flagged. After targeting_italian74.py and
the round's lines in lexicons/it: 35 caught, 1 flagged, 0 swearing flagged. The one false
flag, "chi dice che gli zingari sono fatti così è un ignorante", is the older reading of a
name-call at whoever says the stereotype (flagged on 333e3f84 too), left for a later round.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 333e3f84, 5 of 40 caught, 2 of 40 flagged, 0 of
6 swearing flagged. After (counted once, after the last change and the passing tests):
39 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian74_holdout_lines as held
from tests.core.scoring import italian74_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {"chi dice che gli zingari sono fatti così è un ignorante"}
)

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 1 flagged (F1 0.986)
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (5 of 40 on 333e3f84)
HELD_FLAGGED_CAP = 0  # the final count (2 of 40 on 333e3f84)


class TestItalian74Probe(ProbeRoundChecks):
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
