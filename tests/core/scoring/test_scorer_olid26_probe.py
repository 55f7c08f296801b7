"""The olid26 probe (issue 8): OLID replies in the round's shapes (the reader or one
person called a bad kind of person with an adjective the lexicon lacked: "@USER you are a
bad person", "he is a shady man", "you are a sorry little man"; or a heap of filth: "you
are a pile of shit", "he is a lying stack of shit", "you are a silly old fart") and clean
replies that look alike (the same words at no one, at oneself or at a thing, denied,
asked, reported, quoted, a condition, kind turns and praise), measured at default
settings (`Scorer()`). The lines are in olid26_probe_lines.py and
olid26_holdout_lines.py.

On base27 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 9 caught, 1 clean flagged ("the bill is a steaming pile of garbage", read at
the mentioned user), 0 swearing flagged. After targeting_olid26.py and its lexicon lines:
31 caught, 0 flagged, 0 swearing flagged (the four left are heaps of "shit" or "crap",
dropped: the heap hid the older profanity reading of a group).

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 8 caught, 0 flagged,
0 swearing flagged; after, 34 caught, 0 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid26_holdout_lines as held
from tests.core.scoring import olid26_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: heaps of "shit" or "crap" were dropped (they hid the older
# profanity reading of a group, "immigrants are a pile of shit", hatecheck15's probe).
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "@USER you are a pile of shit",
        "@USER He is a lying stack of shit too.",
        "@USER he is a bag of shit",
        "@USER he's a pile of crap URL",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.93  # 31 of 35 caught, 0 flagged: 0.939
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 34  # the final count (8 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestOlid26Probe(ProbeRoundChecks):
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
