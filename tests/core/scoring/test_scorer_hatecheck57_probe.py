"""The hatecheck57 probe (issue 8): a functional sweep of hate against seven protected
groups (women, trans people, gay people, black people, disabled people, muslims,
immigrants) over a HateCheck-style suite's functionalities: hate with profanity,
implicit derogation ("of course the immigrant stole it"), comparisons, hate through a
reference in a second sentence, negated positive statements, questions, opinions and
slurs alone or with a verb; the suite's clean functions in the same words
(counter-speech, neutral and positive statements with profanity too, abuse of things and
non-protected people, slurs reclaimed by the in-group) and untargeted swearing, measured
at default settings (`Scorer()`). The lines are in hatecheck57_probe_lines.py and
hatecheck57_holdout_lines.py.

On a494d2b5 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 30 caught, 2 clean flagged, 0 swearing flagged; the weak cells were implicit
derogation (three misses) and profanity inside a claim (two). After
targeting_hatecheck57.py, its lexicon lines and read_through's "shitty": 34 caught, 1
flagged, 0 swearing flagged. The one miss leads with "classic", which the lexicon cannot
hold (it must match nothing where it holds "ass": test_scorer's Scunthorpe words).

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on a494d2b5, 34 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 36 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck57_holdout_lines as held
from tests.core.scoring import hatecheck57_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "classic" is no lexicon word (a Scunthorpe word of test_scorer).
KNOWN_MISSES: frozenset[str] = frozenset({"classic muslim behaviour, blowing stuff up"})
# Abuse of people no one protects, out of scope either way; left as it was on a494d2b5.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"politicians breed like rats"})

TUNE_F1_FLOOR = 0.97  # 34 of 35 caught, 1 flagged: 0.971
SWEARING_CEILING = 0.0  # 0 of 6 studied swearing lines flagged, start and end
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 36  # the final count (34 of 40 on a494d2b5)
HELD_FLAGGED_CAP = 1  # the final count (2 of 40 on a494d2b5)


class TestHateCheck57Probe(ProbeRoundChecks):
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
