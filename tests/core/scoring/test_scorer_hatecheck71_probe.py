"""The hatecheck71 probe (issue 8): violence against a named group said with a phrasal
verb, as a bare order ("gun down the immigrants", "string up the gays", "line the jews up
against the wall") or in the passive with the group as subject ("immigrants should be
gunned down", "the gays deserve to be strung up", "i hope the jews all get strung up"),
the clean lines in the same words (games and things, the verbs with no group, negations,
counter-speech, news and history reported, questions), and friendly swearing, measured at
default settings (`Scorer()`). The lines are in hatecheck71_probe_lines.py and
hatecheck71_holdout_lines.py.

On a6badc62 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 1 caught, 0 clean flagged, 0 swearing flagged. After targeting_hatecheck71.py:
32 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on a6badc62, 1 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
37 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck71_holdout_lines as held
from tests.core.scoring import hatecheck71_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# The verb split around the group ("gun the immigrants down"): no line holds the verb
# without its particle, and "gun", "mow" and "string" alone are everyday words.
KNOWN_MISSES: frozenset[str] = frozenset({
    "gun the immigrants down", "string the gays up", "mow the muslims down",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 32 of 35 caught, 0 flagged: 0.955
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (1 of 40 on a6badc62)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on a6badc62)


class TestHateCheck71Probe(ProbeRoundChecks):
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
