"""The hatecheck59 probe (issue 8): a named identity group said to need removing,
stopping or dealing with, a modal and a passive removal call no older line held ("jews
must be stopped", "immigrants need to be removed from this country", "every muslim has to
be dealt with", "i met some muslims today. they should be removed"), the clean lines in
the same words (things and problems, people no one is protected as, the group after a
preposition, a team, counter-speech, reports, quotes, questions, negations, a call that
goes on into a manner or a thing) and friendly swearing, measured at default settings
(`Scorer()`). The lines are in hatecheck59_probe_lines.py and
hatecheck59_holdout_lines.py.

On 62683186 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 1 clean flagged, 0 swearing flagged. After targeting_hatecheck59.py
and its en/threat.txt lines: 35 caught, 1 flagged, 0 swearing flagged. The flagged line,
"that troll has to be dealt with", was flagged before the round by the older insult
rules ("troll" said of a person) and stays so: it is an insult of a person.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 62683186, 2 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the suite): 38 of
40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck59_holdout_lines as held
from tests.core.scoring import hatecheck59_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Flagged on 62683186 too: "troll" said of a person, an insult of a person.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"that troll has to be dealt with"})

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 1 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 38  # the final count (2 of 40 on 62683186)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 62683186)


class TestHateCheck59Probe(ProbeRoundChecks):
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
