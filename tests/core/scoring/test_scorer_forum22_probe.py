"""The forum22 probe (issue 8): Reddit-like comments in the round's shapes (disbelief
that a person or people can be this stupid, people "dumb enough" to do something, the
stupidity or ignorance of a thread, its people or a camp, OP or someone's partner
"sounds like" a name-call) and clean comments that look
alike (the same words about a law, a product or the writer, a real question, an
admiring "enough to", quoted or reported lines, profanity at a situation), measured at
default settings (`Scorer()`). The lines are in forum22_probe_lines.py and
forum22_holdout_lines.py.

On base20 before the round, the studied part (50 hostile, 44 clean, 6 untargeted
swearing): 3 caught, 0 clean flagged, 0 swearing flagged. After targeting_forum22.py and
its lexicon lines: 46 caught, 0 flagged, 0 swearing flagged. (The "sounds like" lines
were added to both parts after the first three shapes were built and before their own
rule, the "why" lines to the studied part before the disbelief shape took "why"; their
start figures are base20's.)

The held-back part (50 hostile, 50 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 7 caught, 0 flagged,
0 swearing flagged; after, 45 caught, 0 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import forum22_holdout_lines as held
from tests.core.scoring import forum22_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left as they were: "gullible" weighs too little for a group's reading to flag it
# (0.47), and raising them would move their readings everywhere; "a
# complete tool" is cancelled by discord17's thing reading before this round reads it;
# "nightmare" is no lexicon term.
KNOWN_MISSES: frozenset[str] = frozenset({
    "how are people still this gullible",
    "anyone gullible enough to believe that",
    "your wife sounds like a nightmare",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 46 of 50 caught, 0 flagged: 0.958
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 45  # the final count (7 at the start)
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
