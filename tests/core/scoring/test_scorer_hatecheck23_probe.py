"""The hatecheck23 probe (issue 8): an English functional hate suite's categories the
earlier rounds left (spelling variations of a hateful line, a group attacked through a
pronoun in the next sentence, openers and multi-word groups, threats in the first person
and future or conditional forms against a group) and clean lines that look alike
(counter-speech quoting them, a group named with a typo in a friendly line, the same
templates against pests and things, group talk with no hostility), measured at default
settings (`Scorer()`). The lines are in hatecheck23_probe_lines.py and
hatecheck23_holdout_lines.py.

On main before the round, the studied part (36 hostile, 30 clean, 6 untargeted
swearing): 18 caught, 4 clean flagged, 0 swearing flagged. After targeting_hatecheck23.py,
its lexicon lines and its fixes at depth: 33 caught, 2 flagged, 0 swearing flagged.

The held-back part (41 hostile, 38 clean, 7 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 26 caught, 2 flagged,
0 swearing flagged; after, 38 caught, 2 flagged, 0 swearing flagged. Only floors are
kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck23_holdout_lines as held
from tests.core.scoring import hatecheck23_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# The first tells the reader "you should be banned" (a line written as counter-speech
# that addresses the reader); the second calls the reader's "rats?" an answer the scorer
# cannot tell from a name-call.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {
        "saying 'the next muslim I meet is getting stabbed' is a threat and you should be banned",
        "rats? I can't stand them.",
    }
)

TUNE_F1_FLOOR = 0.92  # 33 of 36 caught, 2 flagged: 0.930
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 38  # the final count (26 at the start)
HELD_FLAGGED_CAP = 2  # the final count (2 at the start)


class TestHateCheck23Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
