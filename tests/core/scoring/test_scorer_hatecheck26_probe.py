"""The hatecheck26 probe (issue 8): an English functional hate suite's derogation by a
habit (a named identity group always at a vice: "women are always whining", "muslims
never stop lying", "all immigrants ever do is beg") and by an inability said whole
("black people can't do anything right"), with clean lines in the same shapes (the same
habits of kids, pets or the writer, a group always at a good thing or wronged,
counter-speech and denials, a thing's inability) and friendly swearing, measured at
default settings (`Scorer()`). The lines are in hatecheck26_probe_lines.py and
hatecheck26_holdout_lines.py.

On base19d before the round, the studied part (34 hostile, 29 clean, 6 untargeted
swearing): 3 caught, 1 clean flagged, 0 swearing flagged. After targeting_hatecheck26.py,
hatecheck26_words.py and its lexicon lines: 34 caught, 1 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 2 caught, 0 flagged,
0 swearing flagged; after, 39 caught, 0 flagged, 0 swearing flagged (the miss:
"constantly", left out of the lexicon, see hatecheck26_words.py).
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck26_holdout_lines as held
from tests.core.scoring import hatecheck26_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# Left for a later round: an insult in an agent phrase read as said of the group
# ("targeted by liars"); flagged on base19d too.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "jews are always targeted by liars",
})  # fmt: skip

TUNE_F1_FLOOR = 0.98  # 34 of 34 caught, 1 flagged: 0.986
SWEARING_CEILING = 0.10  # the held-out hate suites' share of friendly profanity flagged
HELD_CAUGHT_FLOOR = 39  # the final count (2 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestHateCheck26Probe(ProbeRoundChecks):
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
