"""The italian34 probe (issue 8): Italian lines in the round's shapes (an identity group
said not to work: "i rom non lavorano", "gli immigrati non fanno niente tutto il
giorno"; a group wished away: "sarebbe meglio se gli zingari se ne andassero", "vorrei
che i rom se ne andassero") and clean lines that look alike (the same words said of
politicians, colleagues or oneself, countered, asked, quoted, reported, the surname
Zingaretti), measured at default settings (`Scorer()`). The lines are in
italian34_probe_lines.py and italian34_holdout_lines.py.

On base28 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 11 caught, 2 clean flagged, 0 swearing flagged. After targeting_italian34.py
and its lexicon lines: 34 caught, 1 flagged, 0 swearing flagged (left: "che se ne
tornino tutti in africa", with no group named, and the older term's "perché dovrebbero
andarsene gli stranieri?", flagged on the base too).

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 11 caught, 2 flagged,
0 swearing flagged; after, 37 caught, 2 flagged, 0 swearing flagged. Only floors are
kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian34_holdout_lines as held
from tests.core.scoring import italian34_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: a removal wish with no group named (only a place after it).
KNOWN_MISSES: frozenset[str] = frozenset({"che se ne tornino tutti in africa"})
# The older removal term asked with "perché": flagged on base28 too.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"perché dovrebbero andarsene gli stranieri?"})

TUNE_F1_FLOOR = 0.97  # 34 of 35 caught, 1 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (11 at the start)
HELD_FLAGGED_CAP = 2  # the final count (2 at the start)


class TestItalian34Probe(ProbeRoundChecks):
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
