"""The olid35 probe (issue 8): derogatory opinions of a third person or a group and
"people like you" said to the reader ("it's people like you who ruin this country", "i
think they suck", "these people are disgusting", "she is a lying hypocrite", "what a
pathetic excuse for a senator"), with clean lines in the same words (praise, plain
facts, questions, a plot called a fraud) and friendly swearing, measured at default
settings (`Scorer()`). The lines are in olid35_probe_lines.py and
olid35_holdout_lines.py.

On 914d909d before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 29 caught, 2 clean flagged, 0 swearing flagged. After targeting_olid35.py:
29 caught, 0 flagged, 0 swearing flagged ("is she a hypocrite for saying that?" and
"people like you are the reason i still believe in kindness" now clean). The six misses
are left alone: "what a clown he is" (older rounds keep an exclamation of a third
person clean: "what a loser he is" in test_scorer_precision, fixes7, olid5, forum25),
"i think they suck" and "i think they are trash" (older rules read "they" after "i
think" as a thing or as doubted),
"they are white supremacists" and "they are nothing but racists and bigots" (olid33/34
keep the plurals out: on the even OLID rows they named a movement more often than a
person), "he is pure evil and a liar" (a name-call after "and" in the predicate).

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 914d909d, 34 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After, counted once after the last change and the passing suite
(23446 passed, 2 xfailed): 34 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid35_holdout_lines as held
from tests.core.scoring import olid35_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset({
    "what a clown he is",
    "they are white supremacists", "they are nothing but racists and bigots",
})  # fmt: skip
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.90  # 29 of 35 caught, 0 flagged: 0.906
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged at the start
HELD_CAUGHT_FLOOR = 34  # the final count (34 at the start)
HELD_FLAGGED_CAP = 0  # the final count (2 at the start)


class TestOlid35Probe(ProbeRoundChecks):
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
