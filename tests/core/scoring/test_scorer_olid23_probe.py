"""The olid23 probe (issue 8): tweets in the round's shapes (a person, the reader or a
camp said to have lost their mind or to be out of it; "shame on" a person, a camp or the
reader; someone who "should be ashamed") and clean tweets that look alike (the writer, a
mind lost over an event or a feat, "shame on me" and the proverb, told not to be
ashamed, reports, praise, untargeted swearing), measured at default settings
(`Scorer()`). The lines are in olid23_probe_lines.py and olid23_holdout_lines.py.

On base21 before the round, the studied part (37 hostile, 35 clean, 6 untargeted
swearing): 1 caught, 1 clean flagged, 0 swearing flagged. After targeting_olid23.py and
its lexicon lines: 37 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 2 caught, 0 flagged,
0 swearing flagged; after, 35 caught, 0 flagged, 0 swearing flagged.
Only floors are kept for it.

At the merge the reader was taken out of the lost-mind shape ("you're out of your mind",
"sei fuori di testa": disagreement as often as scorn; counted on the controls, the
reader's reading flagged one more untargeted OLID tweet and caught no more hostile
ones): the probe's 7 reader lines are known misses (30 of 37 caught), the held-back
part 29 caught, 0 flagged.
"""

from __future__ import annotations

from tests.core.scoring import olid23_holdout_lines as held
from tests.core.scoring import olid23_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "@USER you have lost your mind",
        "@USER you've lost your mind",
        "@USER you've clearly lost your mind",
        "@USER you are out of your mind",
        "@USER you're out of your mind",
        "@USER you're out of your damn mind",
        "@USER sei fuori di testa",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.89  # 30 of 37 caught, 0 flagged: 0.896
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 29  # after the merge's change (2 at the start, 35 at the round's end)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestOlid23Probe(ProbeRoundChecks):
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
