"""The italian25 probe (issue 8): Italian chat and social posts aimed at a person in
shapes the older rounds left out (a pointing subject with an insult, a beast said of a
person, a jailbird, a lesson's vocative; a second batch: a plural insult with its
article opening the clause, one beast or a flock after "sei" / "siete" or a pointing
subject, a beast "senza dignità"; a third: a singular insult with its article opening
the clause and a verb after it), with clean look-alikes (a thing, a farm, a kitchen, a
fairy tale, self-talk, reported speech, praise, an abstract "lo stupido è che") and
friendly swearing. The lines are in italian25_probe_lines.py and
italian25_holdout_lines.py.

On base19c before the round, the studied part's first batch (32 hostile, 31 clean, 5
untargeted swearing): 6 caught, 1 clean flagged, 0 swearing flagged; its second batch
(12 hostile, 10 clean), written after the first batch's rules and before its own: 1
caught, 0 flagged; its third batch (8 hostile, 6 clean), written after the second
batch's rules and before its own: 1 caught, 0 flagged. After targeting_italian25.py,
its words, its fix at depth and lexicon lines: 51 of 52 caught, 0 of 47 clean flagged,
0 swearing flagged.

The held-back part, written with each batch and before its rules (40 + 12 + 8 hostile,
40 + 10 + 6 clean, 6 swearing), counted only at the start and at the end: before, 12 +
3 + 1 caught, 0 flagged, 0 swearing flagged; after, 34 + 12 + 7 = 53 of 60 caught, 0 of
56 flagged, 0 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian25_holdout_lines as held
from tests.core.scoring import italian25_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A bare plural opening the line with "tutti quanti" after it names the room, not a
# subject the rules read.
KNOWN_MISSES: frozenset[str] = frozenset({"avanzi di galera, tutti quanti"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 51 of 52 caught, none flagged: 0.990
SWEARING_CEILING = 0.10  # the held-out Italian suite's share of friendly profanity
HELD_CAUGHT_FLOOR = 53  # the final count (16 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestItalian25Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(
            probe.TUNE_HOSTILE + probe.BATCH2_HOSTILE + probe.BATCH3_HOSTILE,
            probe.TUNE_CLEAN + probe.BATCH2_CLEAN + probe.BATCH3_CLEAN,
            probe.TUNE_SWEARING,
        ),
        held=Part(
            held.HELD_HOSTILE + held.HELD2_HOSTILE + held.HELD3_HOSTILE,
            held.HELD_CLEAN + held.HELD2_CLEAN + held.HELD3_CLEAN,
            held.HELD_SWEARING,
        ),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
