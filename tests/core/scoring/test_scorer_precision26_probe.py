"""The precision26 probe (issue 8): friendly or untargeted profanity that older rounds
over-read ("fuck off with" a thing, said in exasperation at no one: "fuck off with this
lag", "oh fuck off with the ads", "piss off with these taxes"; "bitch" as a complaining
verb in a list: "they just want to bitch, moan and complain"), the hostile lines in the
same words that must stay caught, and friendly swearing, measured at default settings
(`Scorer()`). The lines are in precision26_probe_lines.py and
precision26_holdout_lines.py.

On base32 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 34 caught, 28 clean flagged, 0 swearing flagged. After
targeting_precision26.py: 34 caught, 0 flagged, 0 swearing flagged. The one miss, "sod
off with your excuses", has no lexicon term ("sod off" is none), before and after.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on base32, 40 of 40 caught, 31 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the
passing suite): 40 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import precision26_holdout_lines as held
from tests.core.scoring import precision26_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "sod off" is no lexicon term; the guards only lower scores.
KNOWN_MISSES: frozenset[str] = frozenset({"sod off with your excuses"})
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (40 of 40 on base32 too)
HELD_FLAGGED_CAP = 1  # the final count (31 of 40 on base32)


class TestPrecision26Probe(ProbeRoundChecks):
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
