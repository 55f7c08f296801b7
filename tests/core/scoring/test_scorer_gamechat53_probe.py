"""The gamechat53 probe (issue 8): game chat cursing the players of a nationality by
their country or plural name ("fuck peru", "suck it russians", "die pinoys", "peru
shit", "report this peru trash"), which gamechat37 left unbuilt and older rounds read as
aimed at no one, the clean lines in the same words (a server, a ping or a thing of the
country, praise, a pause after the curse, negations, questions, reports, quotes,
counter-speech) and friendly swearing, measured at default settings (`Scorer()`). The
lines are in gamechat53_probe_lines.py and gamechat53_holdout_lines.py.

On 35b9bb2a before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 20 caught, 1 clean flagged, 0 swearing flagged. After targeting_gamechat53.py:
35 caught, 1 flagged, 0 swearing flagged. The one false flag is an older reading: "i dont
think peruvians are trash" (a denied belief read as an identity attack).

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 35b9bb2a, 20 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
40 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat53_holdout_lines as held
from tests.core.scoring import gamechat53_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# An older reading: a denied belief about a group read as an identity attack.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"i dont think peruvians are trash"})

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 1 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (20 of 40 on 35b9bb2a)
HELD_FLAGGED_CAP = 2  # the final count (2 of 40 on 35b9bb2a)


class TestGameChat53Probe(ProbeRoundChecks):
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
