"""The formspring4 probe (issue 8, fourteenth session): bullying aimed at a teenager in
the shapes of Formspring's even-row misses and of school and Discord chats, measured at
default settings (`Scorer()`). The lines are in formspring4_probe_lines.py and
formspring4_holdout_lines.py, both written before any rule of the round.

The studied part (30 hostile, 20 clean): on merge14 before the round 25 caught, 1 clean
flagged; after targeting_formspring4.py 30 caught, 0 flagged.

The held-back part (42 hostile, 40 clean), counted only at the start and the end:
before, 33 caught, 1 flagged; after, 40 caught, 1 flagged (the same line). The seven
lines gained are all of shapes built in this round after the batch was written by the
same hand ("u think ur so hot but ur not", "who would ever love you", "your so fake",
"stop eating so much fatty"), so the gain is no independent measure.

SWEARING (friendly profanity, a ceiling only) was written after the rules.
"""

from __future__ import annotations

from tests.core.scoring import formspring4_holdout_lines as held
from tests.core.scoring import formspring4_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

SWEARING: tuple[str, ...] = ("holy shit that was a sick goal", "fucking nice shot lol")
HELD_SWEARING: tuple[str, ...] = ("damn this homework is hard", "holy fuck this map is huge")
KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

STUDIED_F1_FLOOR = 0.99
HELD_CAUGHT_FLOOR = 40  # the round's last count: 40 of 42
HELD_FLAGGED_CAP = 1  # the round's last count: 1 of 40, flagged before the round too


class TestFormspring4Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.HOSTILE, probe.CLEAN, SWEARING),
        held=Part(held.HOSTILE, held.CLEAN, HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=STUDIED_F1_FLOOR,
        swearing_ceiling=0.0,
        held_swearing_ceiling=0.0,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
