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
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks, missed

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

HELD_CAUGHT_FLOOR = 44  # the final count (the held-out Italian floor is recall 0.5)
SWEARING_CEILING = 0.0  # friendly Italian swearing stays clean in both parts


def test_brief_lines_are_caught(scorer: Scorer) -> None:
    """The brief's eight lines; three were missed on main."""
    assert not missed(scorer, probe.BRIEF_HOSTILE)


class TestItalian11Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(
            probe.BRIEF_HOSTILE + probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING
        ),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=1.0,  # no known misses or false flags: every line has its label
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=0,
    )
