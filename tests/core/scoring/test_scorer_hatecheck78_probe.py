"""The hatecheck78 probe (issue 8): the writer's hatred or aversion aimed at a pronoun for
a named group mentioned earlier in the message, "them" after the aversion phrases ("i
have met many muslims, and i cannot stand them", "women. i cannot stand them.") or a
quantified pronoun ("i know many jews and i can't stand any of them", "i have met lots of
immigrants and i despise the lot of them"), the clean lines in the same words (kind
feelings, someone else's dislike, denials, things the pronoun stands for, a wrong done
to the group, counter-speech, quotes and reports), and friendly swearing, measured at
default settings (`Scorer()`). The lines are in hatecheck78_probe_lines.py and
hatecheck78_holdout_lines.py.

On 3b136144 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 2 clean flagged, 0 swearing flagged. After targeting_hatecheck78.py:
35 caught, 3 flagged (the same two, older readings, and one new: the pronoun read for the
group when a thing stands between), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 3b136144, 3 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change): 40 of 40 caught, 2 of
40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck78_holdout_lines as held
from tests.core.scoring import hatecheck78_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# Flagged on 3b136144 already: an older "suffer" threat line read at the group after
# "seeing them", and "disgusting" read at the group in counter-speech. New with the
# round: "any of them" read for the muslims, not the parrots named after them (the rule
# does not tell which plural a pronoun stands for; hatecheck9 reads "them" the same way).
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "i have met many refugees and i cannot stand seeing them suffer",
    "posts like 'i hate the lot of them' about refugees are disgusting",
    "my muslim neighbours have loud parrots and i cannot stand any of them",
})  # fmt: skip

TUNE_F1_FLOOR = 0.95  # 35 of 35 caught, 3 flagged: 0.959
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing


HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (3 of 40 on 3b136144)
HELD_FLAGGED_CAP = 2  # the final count (1 of 40 on 3b136144)


class TestHateCheck78Probe(ProbeRoundChecks):
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
