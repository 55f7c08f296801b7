"""The hatecheck29 probe (issue 8): functional hate suites' wish for fewer of a named group
("we need fewer women in tech", "the fewer immigrants the better", "we don't need any
more muslims", "no more immigrants") and the writer fed up with a named group ("i've had
enough of jews", "i've had it with trans people", "i'm done with women"), with clean
lines in the same shapes (the same frames at things or non-protected people, a group
mentioned neutrally or positively, a wrong done to a group, counter-speech and reported
speech) and friendly swearing, measured at default settings (`Scorer()`). The lines are
in hatecheck29_probe_lines.py and hatecheck29_holdout_lines.py.

On base22 before the round, the studied part (39 hostile, 36 clean, 6 untargeted
swearing): 0 caught, 1 clean flagged (an older reading of "disgusting" after a reported
line: "he said he's had it with jews, disgusting"), 0 swearing flagged. After
targeting_hatecheck29.py, hatecheck29_words.py and its lexicon lines: 38 caught, the
same 1 flagged, 0 swearing flagged; the one miss is "the less ... the better", left
unread (a term "the less" would take "the less intelligent" from the older term). Since
hatecheck86 (a saying the writer judges after it) the flagged line is clean.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 0 caught, 0 flagged,
0 swearing flagged; after, 39 caught (the miss: "the less ... the better", as in the
studied part), 0 flagged, 0 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck29_holdout_lines as held
from tests.core.scoring import hatecheck29_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "the less ... the better": no term "the less" (it would take "the less intelligent").
KNOWN_MISSES: frozenset[str] = frozenset({"the less muslims around the better"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 38 of 39 caught, 0 flagged (1 before hatecheck86): 0.987
SWEARING_CEILING = 0.10  # the held-out hate suites' share of friendly profanity flagged
HELD_CAUGHT_FLOOR = 39  # the final count (0 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestHateCheck29Probe(ProbeRoundChecks):
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
