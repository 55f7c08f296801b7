"""The italian44 probe (issue 8): Italian identity-group hate in the rhetorical fragment
of a functional hate-speech suite, a named group as a topic of its own and then a bare
call for its harm ("gli ebrei? da eliminare", "i disabili? tutti da sopprimere") or a
promised retribution ("i rom? la pagheranno", "i musulmani? prima o poi la
pagheranno"), with a few lines of the suite's other categories; the clean lines in the
same words (a thing or a non-protected target in the fragment, kind fragments,
counter-speech, quotes, denials, questions, neutral and positive statements) and
friendly swearing, measured at default settings (`Scorer()`). The lines are in
italian44_probe_lines.py and italian44_holdout_lines.py.

On dcc34c00 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 12 caught, 0 clean flagged, 0 swearing flagged. After targeting_italian44.py:
35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on dcc34c00, 21 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 35 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import italian44_holdout_lines as held
from tests.core.scoring import italian44_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 35  # the final count (21 of 40 on dcc34c00)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on dcc34c00)


class TestItalian44Probe(ProbeRoundChecks):
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
