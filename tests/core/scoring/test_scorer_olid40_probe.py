"""The olid40 probe (issue 8): a person called a name through a copula, the call not
ending its clause because the writer goes straight on with a clause of their own ("she
is such a troll im so glad she got banned", "he is a hypocrite we all know it") or stamps
it with an emphatic tail ("he is a clown through and through", "she is pathetic
period"), which older rounds read as a description that goes on and weighed just under
the threshold; the clean lines in the same words (a clause describing the noun, praise
after, the writer, negation, questions, reports, likenesses, kind words in the same
frames); and friendly swearing, measured at default settings (`Scorer()`). The lines are
in olid40_probe_lines.py and olid40_holdout_lines.py.

On e36132cc before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 26 caught, 10 clean flagged, 0 swearing flagged. After targeting_olid40.py:
32 caught, 10 flagged (the same ten, all flagged before the round: the older rules' own
readings of "the clown we hired", "is he a clown i wonder", "i dont think she is a
hypocrite period"...; the rule only raises calls it closes), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on e36132cc, 29 of 40 caught, 9 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
36 of 40 caught, 9 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid40_holdout_lines as held
from tests.core.scoring import olid40_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# An order after the call, "is a joke" (a term holding its copula) before the writer's
# clause, and a name before a people-only word with a tail: other readings decide these.
KNOWN_MISSES: frozenset[str] = frozenset({
    "@USER he is a troll just ignore him",
    "@USER this senator is such a joke i wish someone would vote him out",
    "@USER trump is a disgrace period",
})  # fmt: skip
# Flagged on e36132cc already, by older rounds' readings; this round only raises.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "she is the clown we hired for the party",
    "he is a clown they booked for my sons birthday",
    "the villain is a liar you meet in chapter two",
    "he is a joke and i love him for it",
    "@USER she is no hypocrite everyone knows it",
    "is he a clown i wonder",
    "i dont think she is a hypocrite period",
    "he looks like a clown i swear lol",
    "in the movie he is a liar you find out at the end",
    "he is a clown fish i saw at the aquarium",
})  # fmt: skip

TUNE_F1_FLOOR = 0.83  # 32 of 35 caught, 10 flagged: 0.831
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged at the start
HELD_CAUGHT_FLOOR = 36  # the final count (29 of 40 on e36132cc)
HELD_FLAGGED_CAP = 9  # the final count (9 of 40 on e36132cc)


class TestOlid40Probe(ProbeRoundChecks):
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
