"""The italian23 probe (issue 8): an Italian functional hate suite at default settings in
shapes the older rounds left out (a named group that "sa solo" do something, a slogan
over a list of groups, the "fuori gli" slogans read only as slogans, a bare "rom" shut
out, "niente <group>" with the writer's place, the reader called refuse with "solo" or in
the plural, a group's places of worship to be razed), with clean look-alikes ("fuori" as
"outside", the slogan quoted and judged, counter-speech, a question, news, a student) and
friendly swearing. The lines are in italian23_probe_lines.py and
italian23_holdout_lines.py.

On merge18 before the round, the studied part (34 hostile, 29 clean, 5 untargeted
swearing): 10 caught, 3 clean flagged, 1 swearing flagged. After targeting_italian23.py,
its words, italian22's list hook and lexicon lines: 34 caught, 0 flagged, 1 swearing
flagged (a known false flag, left alone: "siete dei mostri" is praise in a game, and
the twin of the group judgement "sono dei mostri").

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 12 caught, 3 flagged,
0 swearing flagged; after, 35 caught, 1 flagged, 0 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian23_holdout_lines as held
from tests.core.scoring import italian23_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 34 of 34 caught, none flagged: 1.0
SWEARING_CEILING = 0.10  # the held-out Italian suite's share of friendly profanity
# The studied part's one flagged swearing line is the known "siete dei mostri, gg" (1 of 5).
STUDIED_SWEARING_CEILING = 0.20
HELD_CAUGHT_FLOOR = 35  # the final count (12 at the start)
HELD_FLAGGED_CAP = 1  # the final count (3 at the start)


class TestItalian23Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=STUDIED_SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
