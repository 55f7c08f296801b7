"""The hatecheck77 probe (issue 8): hatecheck73's split verbs of killing given as the
writer's opinion or suggestion ("i think we should wipe the jews out", "i say we gun the
refugees down") and "wipe <group> off the map" or "off the planet" ("lets wipe the
immigrants off the map"), the clean lines in the same words (news and history, games and
things, negations, questions, reports, quotes and counter-speech, kind calls), and
friendly swearing, measured at default settings (`Scorer()`). The lines are in
hatecheck77_probe_lines.py and hatecheck77_holdout_lines.py.

On 3b136144 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 1 clean flagged, 0 swearing flagged. After targeting_hatecheck77.py:
35 caught, 1 flagged (the same one, an older reading), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 3b136144, 0 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import hatecheck77_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, f1_and_swearing

# None: every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Flagged on 3b136144 already: an older "wipe out" line reads the refugees as its object.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "we should wipe out hunger among the refugees",
})  # fmt: skip

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 1 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing


def test_studied_part_known_verdicts(scorer: Scorer) -> None:
    assert_known_verdicts(
        scorer,
        probe.TUNE_HOSTILE,
        probe.TUNE_CLEAN + probe.TUNE_SWEARING,
        KNOWN_MISSES,
        KNOWN_FALSE_FLAGS,
    )


def test_studied_part_floors(scorer: Scorer) -> None:
    score, swearing = f1_and_swearing(
        scorer, probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING
    )
    assert score >= TUNE_F1_FLOOR
    assert swearing <= SWEARING_CEILING
