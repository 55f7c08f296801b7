"""The precision22 probe (issue 8): clean lines that older rounds over-read (an insult
that is someone else's opinion of the writer's side or of a crowd not in the thread:
"they treat us like idiots", "politicians think voters are idiots"), the hostile lines in
the same words that must stay caught, and friendly swearing, measured at default settings
(`Scorer()`). The lines are in precision22_probe_lines.py and precision22_holdout_lines.py.

On base30 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 32 caught, 25 clean flagged, 0 swearing flagged. Six lines were added with
the crowd's describing words ("the average voter"), before that part of the rule (3
hostile, 3 clean; on the first rule 1 caught, 2 flagged): 33 of 38 caught, 27 of 35
flagged at the start. After targeting_precision22.py: 33 of 38 caught, 0 flagged, 0
swearing flagged. The five misses are older rounds' readings this guard never touches
("i think voters are idiots" read as self-directed, "the average voter is stupid" as
aimed at no one).

The held-back part, written at the same time as the first studied part and before any
rule, counted only at the start and the end: on base30, 34 of 40 caught, 32 of 40
flagged, 0 of 6 swearing flagged. After (counted once, after the last change: a believer
"who" / "that" / "which" is no believer, added when the suite showed olid4's studied line
"@USER another lying politician who thinks we are stupid"), 34 of 40 caught, 0 of 40
flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import precision22_holdout_lines as held
from tests.core.scoring import precision22_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Older rounds' readings the guard does not touch (it only lowers scores).
KNOWN_MISSES: frozenset[str] = frozenset({
    "honestly i think gamers are stupid", "i think voters are idiots",
    "they take you for a fool and so do i", "i think the average voter is an idiot",
    "the average voter is stupid",
})  # fmt: skip
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.92  # 33 of 38 caught, 0 flagged: 0.930
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 34  # the final count (34 of 40 on base30 too)
HELD_FLAGGED_CAP = 0  # the final count (32 of 40 on base30)


class TestPrecision22Probe(ProbeRoundChecks):
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
