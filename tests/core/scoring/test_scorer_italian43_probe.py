"""The italian43 probe (issue 8): Italian hostility toward an identity group that the base
missed: a group called fit for removal or harm with "da" ("gli ebrei sono da eliminare",
"questi immigrati sono da rimpatriare tutti"), a group or one of its members shut out of
belonging or worth with "mai" ("un nero non sarà mai un vero italiano", "una donna non
sarà mai all'altezza") and a veiled threat to the readers ("sappiamo dove abitate", "vi
veniamo a prendere", "prima o poi vi troviamo"), and clean lines in the same words
(things to remove, one player, time, plans, invites and pick-ups, counter-speech,
denied, asked), measured at default settings (`Scorer()`). The lines are in
italian43_probe_lines.py and italian43_holdout_lines.py.

On 79207d7f before the round, the studied part (35 hostile, 31 clean, 6 untargeted
swearing): 4 caught, 0 clean flagged, 0 swearing flagged. After targeting_italian43.py
and its lexicon lines: 35 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 18 caught, 0 flagged, 0
swearing flagged; after (counted once, after the last change and the passing suite), 40
caught, 0 flagged, 0 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian43_holdout_lines as held
from tests.core.scoring import italian43_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 1.0  # 35 of 35 caught, 0 flagged
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (18 of 40 on 79207d7f)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 79207d7f)


class TestItalian43Probe(ProbeRoundChecks):
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
