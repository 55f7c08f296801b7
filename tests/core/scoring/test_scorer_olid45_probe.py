"""The olid45 probe (issue 8): contempt for a named person or a political group through
their traits: a politician owning a vice joined by "and" ("trump and his arrogance",
"pelosi and her lies") and the vice "of" a group ("the arrogance of liberals", "the
hypocrisy of the left"), the clean lines in the same words (families, teams and praise,
the writer's own, sayings and stories, things and times, negations, questions,
counter-speech, reports and quotes), and friendly swearing, measured at default settings
(`Scorer()`). The lines are in olid45_probe_lines.py and olid45_holdout_lines.py.

On 3b136144 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 0 clean flagged, 0 swearing flagged. After targeting_olid45.py: 33
caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 3b136144, 4 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change): 35 of 40 caught, 0 of
40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import olid45_holdout_lines as held
from tests.core.scoring import olid45_probe_lines as probe
from tests.core.scoring.probe_checks import (
    assert_known_verdicts,
    f1_and_swearing,
    flagged,
    missed,
)

# A bare name after "of" is not read: without a list of names it reads as "the
# arrogance of youth" does (a studied clean line).
KNOWN_MISSES: frozenset[str] = frozenset({
    "the arrogance of pelosi",
    "the corruption of hillary",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 33 of 35 caught, 0 flagged (F1 0.971)
SWEARING_CEILING = 0.0  # 0 of 6 studied swearing lines flagged
HELD_SWEARING_CEILING = 0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 35  # the final count (4 of 40 on 3b136144)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 3b136144)


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


def test_held_back_part_floors(scorer: Scorer) -> None:
    caught = len(held.HELD_HOSTILE) - len(missed(scorer, held.HELD_HOSTILE))
    assert caught >= HELD_CAUGHT_FLOOR
    assert len(flagged(scorer, held.HELD_CLEAN)) <= HELD_FLAGGED_CAP
    assert len(flagged(scorer, held.HELD_SWEARING)) <= HELD_SWEARING_CEILING
