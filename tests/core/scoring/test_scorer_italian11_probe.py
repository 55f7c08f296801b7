"""The italian11 probe (issue 8): Italian at default settings (`Scorer()`), in the shapes
of a HateCheck-style suite and of Italian chat. The lines are in italian11_probe_lines.py
and italian11_holdout_lines.py.

On main before the round, the studied part (89 hostile with the brief's 8, 45 clean, 12
friendly swearing): 73 caught, 1 clean flagged ("perché i musulmani non mangiano
maiale?"), 0 swearing flagged. After targeting_italian11.py, its spelling readings and
lexicon lines: 89 caught, 0 flagged, 0 swearing.

The held-back part (46 hostile, 42 clean, 10 swearing), written after the studied part
and before any rule, counted only at the start and the end: before, 40 caught, 0
flagged, 0 swearing flagged; after, 44 caught, 0 flagged, 0 swearing flagged. Only floors
are kept for it.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import italian11_holdout_lines as held
from tests.core.scoring import italian11_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, flagged, missed

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

HELD_CAUGHT_FLOOR = 44  # the final count
ITALIAN_RECALL_FLOOR = 0.5  # the held-out Italian floor at default settings
SWEARING_CEILING = 0.0  # friendly Italian swearing stays clean in both parts


def test_studied_part_known_verdicts(scorer: Scorer) -> None:
    assert_known_verdicts(
        scorer,
        probe.BRIEF_HOSTILE + probe.TUNE_HOSTILE,
        probe.TUNE_CLEAN + probe.TUNE_SWEARING,
        KNOWN_MISSES,
        KNOWN_FALSE_FLAGS,
    )


def test_brief_lines_are_caught(scorer: Scorer) -> None:
    """The brief's eight lines; three were missed on main."""
    assert not missed(scorer, probe.BRIEF_HOSTILE)


def test_held_back_part_floors(scorer: Scorer) -> None:
    caught = len(held.HELD_HOSTILE) - len(missed(scorer, held.HELD_HOSTILE))
    assert caught >= HELD_CAUGHT_FLOOR
    assert caught / len(held.HELD_HOSTILE) >= ITALIAN_RECALL_FLOOR
    assert not flagged(scorer, held.HELD_CLEAN)
    assert len(flagged(scorer, held.HELD_SWEARING)) <= SWEARING_CEILING * len(held.HELD_SWEARING)


def test_probe_lines_are_distinct() -> None:
    studied = set(probe.BRIEF_HOSTILE + probe.TUNE_HOSTILE + probe.TUNE_CLEAN + probe.TUNE_SWEARING)
    held_back = set(held.HELD_HOSTILE + held.HELD_CLEAN + held.HELD_SWEARING)
    assert not studied & held_back
