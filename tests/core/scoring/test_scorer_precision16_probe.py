"""The precision16 probe (issue 8): comment-section and chat lines in the round's shapes
(a judging word said of what a third person did or said, "i hate you" closing a joking
condition on a habit, a player praised as "ridiculous" for a play) and hostile lines of
the same shapes (the person, their body or kin judged; a condition on who the reader is;
"ridiculous" said of a person outright), measured at default settings (`Scorer()`). The
lines are in precision16_probe_lines.py and precision16_holdout_lines.py.

On main before the round, the studied part (30 hostile, 28 clean, 5 untargeted
swearing): 28 caught, 23 clean flagged, 0 swearing flagged. After targeting_precision16.py:
28 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 7 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 38 caught, 29 flagged,
0 swearing flagged; after, 38 caught, 4 flagged, 0 swearing flagged. Only floors
are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import precision16_holdout_lines as held
from tests.core.scoring import precision16_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left to a later round: "mug" is no lexicon word.
KNOWN_MISSES: frozenset[str] = frozenset({"look at his ugly mug"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 38  # the final count (38 at the start)
HELD_FLAGGED_CAP = 4  # the final count (29 at the start)


class TestPrecision16Probe(ProbeRoundChecks):
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
