"""The hatecheck68 probe (issue 8): a named group kept out of work as a rule for the whole
group ("no immigrant should ever be hired", "women should not be pilots", "gay people
shouldn't be teachers"), or gatekeepers told to turn the group away ("companies should
refuse to hire immigrants", "no landlord should rent to immigrants"), the clean lines in
the same words (the group defended or described, people and roles that are no group,
counter-speech, reports and questions), and friendly swearing, measured at default
settings (`Scorer()`). The lines are in hatecheck68_probe_lines.py and
hatecheck68_holdout_lines.py.

On ff8a2800 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 1 clean flagged, 0 swearing flagged. After targeting_hatecheck68.py:
33 caught, 1 flagged (the same one, an older reading), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on ff8a2800, 0 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
35 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck68_holdout_lines as held
from tests.core.scoring import hatecheck68_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# No line before or after: a bare "refuse" is no line of the round (too common a word),
# and "black families" is no group the older group walk reads.
KNOWN_MISSES: frozenset[str] = frozenset({
    "landlords should refuse muslim tenants",
    "landlords should refuse to rent to black families",
})  # fmt: skip
# Flagged on ff8a2800 already: "vile" read of the group in counter-speech.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "the idea that jews shouldn't be judges is vile",
})  # fmt: skip

TUNE_F1_FLOOR = 0.95  # 33 of 35 caught, 1 flagged: 0.957
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 35  # the final count (0 of 40 on ff8a2800)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on ff8a2800)


class TestHateCheck68Probe(ProbeRoundChecks):
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
