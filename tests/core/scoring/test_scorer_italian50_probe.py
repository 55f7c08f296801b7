"""The italian50 probe (issue 8): an Italian functional hate-speech sweep over women, gay
and lesbian people, trans people, Muslims, Jews, Black people, immigrants and Roma and
disabled people (expressed hate, derogation, dehumanisation, threats, calls for
exclusion, slurs, pronoun reference, negated positives, questions, opinions) and the
person-level put-downs still missed; the clean lines in the same words (neutral and
positive mentions, counter-speech, negated hate, things, the writer's own words,
questions) and friendly swearing, measured at default settings (`Scorer()`). The lines are
in italian50_probe_lines.py and italian50_holdout_lines.py.

On d105c1c7 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 18 caught, 1 clean flagged, 0 swearing flagged. The weak cells were threats
under a pronoun ("bisognerebbe sterminarli"), exclusion after a topic or to a home ("gli
stranieri? tutti a casa", "rimandiamoli in africa", "non devono stare qui") and "mai"
or "quella" before a person's put-down. After targeting_italian50.py: 35 caught, 1
flagged (an older rule's flag, left alone), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on d105c1c7, 21 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite,
24944 passed, 2 xfailed): 38 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian50_holdout_lines as held
from tests.core.scoring import italian50_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# An older rule's flag: a past plan of others reported ("i nazisti volevano ...").
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"i nazisti volevano sterminare gli ebrei"})

TUNE_F1_FLOOR = 0.95  # 35 of 35 caught, 1 flagged: F1 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 at the final count (0 on d105c1c7)
HELD_CAUGHT_FLOOR = 38  # 38 of 40 at the final count (21 of 40 on d105c1c7)
HELD_FLAGGED_CAP = 0  # 0 of 40 at the final count (0 of 40 on d105c1c7)


class TestItalian50Probe(ProbeRoundChecks):
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
