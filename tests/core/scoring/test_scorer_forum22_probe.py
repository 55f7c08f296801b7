"""The forum22 probe (issue 8): Reddit-like comments in the round's shapes (disbelief
that a person or people can be this stupid, people "dumb enough" to do something, the
stupidity or ignorance of a thread, its people or a camp) and clean comments that look
alike (the same words about a law, a product or the writer, a real question, an
admiring "enough to", quoted or reported lines, profanity at a situation), measured at
default settings (`Scorer()`). The lines are in forum22_probe_lines.py and
forum22_holdout_lines.py.

On base20 before the round, the studied part (35 hostile, 31 clean, 6 untargeted
swearing): 2 caught, 0 clean flagged, 0 swearing flagged. After targeting_forum22.py and
its lexicon lines: 32 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 4 caught, 0 flagged,
0 swearing flagged; after, HELD_CAUGHT caught, HELD_FLAGGED flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import forum22_holdout_lines as held
from tests.core.scoring import forum22_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left as they were: "gullible" and "clueless" weigh too little for a group's reading
# to flag them (0.47), and raising them would move their readings everywhere.
KNOWN_MISSES: frozenset[str] = frozenset({
    "how are people still this gullible",
    "how can one person be so clueless",
    "anyone gullible enough to believe that",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 32 of 35 caught, 0 flagged: 0.955
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 0  # the final count (4 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestForum22Probe(ProbeRoundChecks):
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
