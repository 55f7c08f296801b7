"""The hatecheck61 probe (issue 8): a named identity group blamed as the reason for a
harm ("immigrants are the reason this country is dying", "muslims are why we can't have
nice things") or plainly said to suck ("jews suck", "trans people suck ass"), the clean
lines in the same words (things, teams and people no one is protected as, the group as
the reason for something good or as the victim, counter-speech, reports, quotes,
questions, negations, another "suck") and friendly swearing, measured at default
settings (`Scorer()`). The lines are in hatecheck61_probe_lines.py and
hatecheck61_holdout_lines.py.

On 189557ea before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 2 clean flagged, 0 swearing flagged. After targeting_hatecheck61.py
and its en/identity_attack.txt lines: 35 caught, 2 flagged, 0 swearing flagged. The two
flagged lines were flagged before the round by older rules and stay so: "my teammates
suck lol" (a put-down of the writer's teammates, people) and "the women's team sucks
this season" (the older "sucks" of a person).

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 189557ea, 3 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the suite): 39 of
40 caught, 2 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck61_holdout_lines as held
from tests.core.scoring import hatecheck61_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Flagged on 189557ea too, by older rules: a put-down of people, and "sucks" of a team.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {"my teammates suck lol", "the women's team sucks this season"}
)

TUNE_F1_FLOOR = 0.97  # 35 of 35 caught, 2 flagged: 0.972
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (3 of 40 on 189557ea)
HELD_FLAGGED_CAP = 2  # the final count (2 of 40 on 189557ea)


class TestHateCheck61Probe(ProbeRoundChecks):
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
