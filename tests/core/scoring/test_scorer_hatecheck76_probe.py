"""The hatecheck76 probe (issue 8): death wished on a named group with "die", the group
named in the wish ("i hope the refugees all die", "i want the jews to die", "let the
immigrants die"), named first and meant by a pronoun ("muslims? i hope they die") or
named last after the pronoun's clause ("let them all die, the immigrants"), the clean
lines in the same words (kind wishes, things, animals and games, someone else's wish,
news and history, denials, questions, counter-speech and reports, the writer's own
fears), and friendly swearing, measured at default settings (`Scorer()`). The lines are
in hatecheck76_probe_lines.py and hatecheck76_holdout_lines.py.

On 475b058f before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 8 caught, 3 clean flagged, 0 swearing flagged. After the round ("die" read
in hatecheck75's wish; the round's own module was later folded into targeting_hatecheck75):
35 caught, 3 flagged (the same three, older readings), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 475b058f, 9 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
40 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck76_holdout_lines as held
from tests.core.scoring import hatecheck76_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# Flagged on 475b058f already: an older "nobody wants" line read as said of the group,
# "troll" read at the one who posted a quoted wish, and "disgusting" read at the group in
# counter-speech.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "nobody wants the immigrants to die",
    "the troll posted 'i hope the gays die'",
    "it is disgusting to hope the muslims die",
})  # fmt: skip

TUNE_F1_FLOOR = 0.95  # 35 of 35 caught, 3 flagged: 0.959
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing

HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (9 of 40 on 475b058f)
HELD_FLAGGED_CAP = 2  # the final count (2 of 40 on 475b058f)


class TestHateCheck76Probe(ProbeRoundChecks):
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
