"""The olid38 probe (issue 8): tweet-style verdicts on people named by their trade,
office, role or side that the older rules read as said of a thing ("these economists
are a disgrace", "the umpires are a joke", "the bishop is a disgrace"), the same verdict
inverted after an exclamation ("boy is that professor stupid"), and the clean lines in
the same words (things, negations, questions, reports, praise, the verdict describing
another word, political disagreement) and friendly swearing, measured at default
settings (`Scorer()`). The lines are in olid38_probe_lines.py and
olid38_holdout_lines.py.

On a494d2b5 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 10 caught, 3 clean flagged, 0 swearing flagged. After targeting_olid38.py:
29 caught, 3 flagged (the older rules' readings of a mentioned user), 0 swearing
flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on a494d2b5, 16 of 40 caught, 3 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 34 of 40 caught, 3 of 40 flagged, 0 of 6 swearing flagged. Only floors are
kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid38_holdout_lines as held
from tests.core.scoring import olid38_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "joke" alone weighs below the outright floor; "blind" is no lexicon word; sports
# officials and bosses are no heads (older rounds read them as game talk, "this boss is
# trash"); groups, political sides and readings of a group are left to older rounds.
KNOWN_MISSES: frozenset[str] = frozenset({
    "@USER wow is this anchor a joke",
    "@USER lord are the refs blind tonight",
    "@USER the umpires are a joke",
    "@USER these union bosses are corrupt",
    "@USER democrats are a disgrace to this nation",
    "@USER man are those reporters clueless",
})  # fmt: skip
# The older rules' reading of an insult near a mention ("aimed at a mentioned user").
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "@USER why are the critics so pathetic?",
    "@USER if the nurses are useless, report it",
    "@USER the senators are a disgrace magnet",
})  # fmt: skip

TUNE_F1_FLOOR = 0.86  # 29 of 35 caught, 3 flagged: 0.866
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 34  # the final count (16 of 40 on a494d2b5)
HELD_FLAGGED_CAP = 3  # the final count (3 of 40 on a494d2b5)


class TestOlid38Probe(ProbeRoundChecks):
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
