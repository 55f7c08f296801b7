"""The olid28 probe (issue 8): OLID-style tweets in the round's shapes (a person or the
reader named by a scornful "ass": "throw his sorry ass in jail", "his lying ass needs to
resign", "get your sorry ass off my timeline"; a beating wished on him or her by others:
"I hope they beat his ass", "someone needs to whoop her ass") and clean tweets that look
alike (the same words of the writer, of a thing, fond, denied, asked, reported, sports
and games), measured at default settings (`Scorer()`). The lines are in
olid28_probe_lines.py and olid28_holdout_lines.py.

On base31 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 6 caught, 1 clean flagged ("our lazy asses skipped the gym today"), 0 swearing
flagged. After targeting_olid28.py and its lexicon lines: 35 caught, 0 flagged, 0
swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 11 caught, 0 flagged,
0 swearing flagged; after, 40 caught, 0 flagged, 0 swearing flagged.
Only floors are kept for it.

On olid_train (bench_accuracy) the shapes are rare: precision, recall and F1 unchanged
at three places (0.734, 0.334, 0.459), UNT and NULL flagged unchanged. Elsewhere
precision fell by a thousandth on toxic_spans (0.692 -> 0.691), gab_hate (0.406 ->
0.405) and insults_train (0.730 -> 0.729), and gab_hate's vulgar_only rose from 28.8% to
28.9%; no other control class moved.
"""

from __future__ import annotations

from tests.core.scoring import olid28_holdout_lines as held
from tests.core.scoring import olid28_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (11 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestOlid28Probe(ProbeRoundChecks):
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
