"""The italian57 probe (issue 8): a named group as the doer of a misdeed: the group, "che"
and a misdeed in the plural ("gli zingari che rubano nelle case", "i marocchini che
spacciano davanti alle scuole"), or the group before "hanno" and a harmful participle with
a harm right after ("i gay hanno diffuso l'aids", "i cinesi hanno portato il virus"); the
clean lines in the same words that must stay clean (one event told, other doers, no harm,
neutral deeds, denials, questions, counter-speech), and friendly swearing, measured at
default settings (`Scorer()`). The lines are in italian57_probe_lines.py and
italian57_holdout_lines.py.

On ad6c72f3 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 4 caught, 0 clean flagged, 0 swearing flagged. After targeting_italian57.py:
33 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on ad6c72f3, 4 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After, counted once after the last change and the suite (26764
passed, 2 xfailed): 38 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only
floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian57_holdout_lines as held
from tests.core.scoring import italian57_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "basta con": hatecheck9 reads "basta" as a word of saying ("basta dire che ..."), so
# the complaint before the group unsays the deed; "i soliti rom": "soliti" is no article
# that makes "rom" the people.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "basta con i rom che rubano il rame",
        "sempre i soliti rom che rubano",
    }
)
# No studied clean line is flagged.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.96  # 33 of 35 caught, 0 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged at the start
HELD_CAUGHT_FLOOR = 38  # the final count (4 of 40 on ad6c72f3)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on ad6c72f3)


class TestItalian57Probe(ProbeRoundChecks):
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
