"""The forum24 probe (issue 8): Reddit and forum replies in the round's shapes (the
reader's reading or intelligence doubted, the commenter dismissed, a third person in the
thread called names) and clean comments that look alike (the same words at oneself or a
thing, plain disagreement, talk about the words), measured at default settings
(`Scorer()`). The lines are in forum24_probe_lines.py and forum24_holdout_lines.py.

On base26 before the round, the studied part (38 hostile, 30 clean, 6 untargeted
swearing): 27 caught, 1 clean flagged, 0 swearing flagged. After targeting_forum24.py,
olid5_words.HOLES and its lexicon line: 34 caught, 1 flagged, 0 swearing flagged.

The held-back part (40 hostile, 38 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 22 caught, 0 flagged,
0 swearing flagged; after, 26 caught, 0 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import forum24_holdout_lines as held
from tests.core.scoring import forum24_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Shapes left for a later round: "you didn't even read it" (no term), "this guy has no
# idea what he's talking about", the Italian "ma sai leggere?" and "a nessuno interessa
# la tua opinione".
KNOWN_MISSES: frozenset[str] = frozenset({
    "this guy has no idea what he's talking about",
    "ma sai leggere?",
    "a nessuno interessa la tua opinione",
})  # fmt: skip
# "can you even read" (an older lexicon line) reads a real question about small print.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "can you even read the small print on these?",
})  # fmt: skip

TUNE_F1_FLOOR = 0.92  # 34 of 38 caught, 1 flagged: 0.932
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 26  # the final count (22 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestForum24Probe(ProbeRoundChecks):
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
