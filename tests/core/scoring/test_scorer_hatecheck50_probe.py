"""The hatecheck50 probe (issue 8): a broad sweep of functional hate-suite cases in
English across many identity groups (derogation, dehumanisation, threats, plural slurs,
conspiracy tropes, objectification, pronoun reference, questions and opinions), the
clean lines in the same words (counter-speech, neutral and positive mentions, denounced
quotes, the same shapes about things and animals) and friendly swearing, measured at
default settings (`Scorer()`). The lines are in hatecheck50_probe_lines.py and
hatecheck50_holdout_lines.py.

On cdf2cea2 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 26 caught, 2 clean flagged, 0 swearing flagged; by functionality, derogation
7/7, dehumanisation 4/5, threats 3/4, slurs 3/5, conspiracy 1/4, objectification 1/3,
pronoun reference 3/3, questions and opinions 4/4. After targeting_hatecheck50.py: 33
caught, 0 flagged, 0 swearing flagged. The two misses: a threat with no threat term
("burn down every mosque with them inside"), and "wives are property", whose "property"
(a said_of_group word) the scorer's gate drops when no group it knows is named.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on cdf2cea2, 35 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
35 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck50_holdout_lines as held
from tests.core.scoring import hatecheck50_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# No threat term for "burn down every mosque" (threat.txt has "burn down the mosque");
# "wives" names no group to the scorer's gate, which drops the said_of_group "property".
KNOWN_MISSES: frozenset[str] = frozenset({
    "i want to burn down every mosque with them inside",
})  # fmt: skip
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 33 of 35 caught, 0 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 35  # the final count (35 of 40 on cdf2cea2 too)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on cdf2cea2 too)


class TestHateCheck50Probe(ProbeRoundChecks):
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
