"""The gamechat52 probe (issue 8): match chat's "rape" for beating a player, aimed at the
reader or at a player named by hero or role ("i raped lina three times", "imma rape you
bot", "ur invoker got raped", "get raped"), which older rounds read as profanity aimed at
no one, the clean lines in the same words (the writer's own side beaten, a thing,
negations, questions, reports, counter-speech, the crime talked of) and friendly
swearing, measured at default settings (`Scorer()`). The lines are in
gamechat52_probe_lines.py and gamechat52_holdout_lines.py.

On 62683186 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 0 clean flagged, 0 swearing flagged. After targeting_gamechat52.py:
34 caught, 0 flagged, 0 swearing flagged. The one miss has no hit: "rapes" is on no
lexicon list.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 62683186, 3 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
39 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat52_holdout_lines as held
from tests.core.scoring import gamechat52_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# No hit: "rapes" is on no lexicon list.
KNOWN_MISSES: frozenset[str] = frozenset({"my ursa rapes u every fight"})
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (3 of 40 on 62683186)
HELD_FLAGGED_CAP = 1  # the final count (0 of 40 on 62683186)


class TestGameChat52Probe(ProbeRoundChecks):
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
