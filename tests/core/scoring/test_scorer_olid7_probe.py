"""The olid7 probe (issue 8, tenth session): tweet-style replies and claims about people
in the shapes of OLID's even-row misses, measured at default settings (`Scorer()`). The
lines are in olid7_probe_lines.py and olid7_holdout_lines.py.

On main before the round, the studied part (54 hostile, 48 clean, 12 untargeted
swearing): 34 caught, 2 clean flagged, 0 swearing flagged, F1 0.756. After
targeting_olid7.py: 48 caught, 2 flagged (both flagged on main too), 0 swearing, F1 0.923.

The held-back part (42 hostile, 41 clean, 11 swearing), written after the studied part
and before any rule, counted only at the start and the end: before, 23 caught, 0
flagged, 0 swearing flagged, F1 0.708; after, 29 caught, 0 flagged, 0 swearing
flagged, F1 0.817. Only floors are kept for it.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import olid7_holdout_lines as held
from tests.core.scoring import olid7_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, f1_and_swearing, flagged

# Pity as often as contempt ("a sad lonely man"); an exclamation whose person comes after
# it outside a reply; laughter read as teasing by the older rules; "a bunch of" a group
# word; an order to a third person; a dismissal with no hostile word.
KNOWN_MISSES: frozenset[str] = frozenset({
    "you're a sad lonely man", "what a disgrace this man is", "such a hypocrite lol",
    "the left is a bunch of lunatics", "somebody tell him to shut his mouth",
    "@USER sure thing, sweetie, go back to sleep",
})  # fmt: skip
# Both flagged on main before the round: a question answered with doubt, and
# "shameless fans" (praise of devotion) read as a trait.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {"is he corrupt? i doubt it", "they are shameless fans of the band and proud of it"}
)

TUNE_F1_FLOOR = 0.92
HELD_F1_FLOOR = 0.81
SWEARING_CEILING = 0.10  # OLID's untargeted-profanity control floor


def test_studied_part_known_verdicts(scorer: Scorer) -> None:
    assert_known_verdicts(
        scorer,
        probe.TUNE_HOSTILE,
        probe.TUNE_CLEAN + probe.TUNE_SWEARING,
        KNOWN_MISSES,
        KNOWN_FALSE_FLAGS,
    )


def test_studied_part_floors(scorer: Scorer) -> None:
    f1, swearing = f1_and_swearing(
        scorer, probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING
    )
    assert f1 >= TUNE_F1_FLOOR
    assert swearing <= SWEARING_CEILING


def test_held_back_part_floors(scorer: Scorer) -> None:
    f1, swearing = f1_and_swearing(scorer, held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING)
    assert f1 >= HELD_F1_FLOOR
    assert swearing <= SWEARING_CEILING
    assert not flagged(scorer, held.HELD_CLEAN)  # none flagged at the end of the round


def test_probe_lines_are_distinct() -> None:
    studied = set(probe.TUNE_HOSTILE + probe.TUNE_CLEAN + probe.TUNE_SWEARING)
    held_back = set(held.HELD_HOSTILE + held.HELD_CLEAN + held.HELD_SWEARING)
    assert not studied & held_back
