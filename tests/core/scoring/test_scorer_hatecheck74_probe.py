"""The hatecheck74 probe (issue 8): a named group thrown to its death in a place, said in
the passive ("the jews should be thrown into the sea", "refugees should be pushed off a
cliff") or named first in a fragment of its own and then meant by a pronoun ("refugees?
throw them into the sea", "jews? they should all be pushed off a cliff"), the clean lines
in the same words (a pronoun that names someone else, things, games, news and history,
negations, questions, reports and counter-speech), and friendly swearing, measured at
default settings (`Scorer()`). The lines are in hatecheck74_probe_lines.py and
hatecheck74_holdout_lines.py.

On c3674a66 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 2 clean flagged, 0 swearing flagged. After targeting_hatecheck74.py:
35 caught, 2 flagged (the same two, older readings), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on c3674a66, 6 of 40 caught, 3 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
40 of 40 caught, 3 of 40 flagged (the same count as at the start), 0 of 6 swearing
flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck74_holdout_lines as held
from tests.core.scoring import hatecheck74_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {
        # An older insult line: "what is wrong with you" is read as said to the reader.
        "muslims should not be pushed off a cliff, what is wrong with you",
        # The older "thrown off roofs" line, read at the group; "the bigots want them" names
        # who wants it (a report), which that line does not read.
        "gays? the bigots want them thrown off roofs, we wont let that happen",
    }
)

TUNE_F1_FLOOR = 0.97  # 35 of 35 caught, 2 flagged: 0.972
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (6 of 40 on c3674a66)
HELD_FLAGGED_CAP = 3  # the final count (3 of 40 on c3674a66)


class TestHateCheck74Probe(ProbeRoundChecks):
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
