"""The olid32 probe (issue 8): plural name-calls the lexicon held only in the singular
("what a bunch of crooks", "you psychos", "these sellouts") and groups of people by
trade, office or following put down outright in tweet style ("these politicians are all
crooks", "the media are scum", "his followers are brainwashed sheep"), with clean lines
in the same words and friendly swearing, measured at default settings (`Scorer()`). The
lines are in olid32_probe_lines.py and olid32_holdout_lines.py.

On ac169d9e before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 6 caught, 1 clean flagged, 0 swearing flagged. After the round's plurals
(en/insult.txt) and targeting_olid32.py: 31 caught, 1 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on ac169d9e, 8 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 37 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import olid32_holdout_lines as held
from tests.core.scoring import olid32_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "creeps" and "lunatics" have no plural line (Dota's minions; forum19 keeps "turn left,
# those drivers are lunatics" clean); bankers are no group here (hate_probe3 keeps
# "Bankers are greedy pigs." clean); "bunch of X" with a participle after is no label
# of its own.
KNOWN_MISSES: frozenset[str] = frozenset({
    "@USER you lunatics", "what a bunch of creeps", "bankers are crooks every one of them",
    "bunch of halfwits running this town",
})  # fmt: skip
# Flagged by the older rules before the round too.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"are journalists parasites?"})

TUNE_F1_FLOOR = 0.92  # 31 of 35 caught, 1 flagged: 0.925
SWEARING_CEILING = 0.0
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (8 of 40 on ac169d9e)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on ac169d9e)


class TestOlid32Probe(ProbeRoundChecks):
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
