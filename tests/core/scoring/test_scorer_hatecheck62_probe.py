"""The hatecheck62 probe (issue 8): a named identity group denied rights or worth in a
rhetorical question ("why are muslims even allowed to vote?", "why should trans people
have any rights?", "what good are immigrants anyway?") or promised a comeuppance as a
veiled threat ("the jews will get what they deserve", "one day the immigrants will
pay"), the clean lines in the same words (things, teams and firms, real questions,
paying in the plain sense, counter-speech and reports), and friendly swearing, measured
at default settings (`Scorer()`). The lines are in hatecheck62_probe_lines.py and
hatecheck62_holdout_lines.py.

On 35b9bb2a before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 2 caught, 1 clean flagged, 0 swearing flagged. After targeting_hatecheck62.py:
34 caught, 1 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 35b9bb2a, 2 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
31 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck62_holdout_lines as held
from tests.core.scoring import hatecheck62_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Three words of lead before a comma ("mark my words,") open no claim for the rule.
KNOWN_MISSES: frozenset[str] = frozenset({"mark my words, jews will get what they deserve"})
# Flagged on 35b9bb2a already: the reader's own comeuppance, an older threat line.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"you will regret it if you skip leg day"})

TUNE_F1_FLOOR = 0.97  # 34 of 35 caught, 1 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 31  # the final count (2 of 40 on 35b9bb2a)
HELD_FLAGGED_CAP = 2  # the final count (2 of 40 on 35b9bb2a)


class TestHateCheck62Probe(ProbeRoundChecks):
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
