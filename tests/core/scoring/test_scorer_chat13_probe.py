"""The chat13 probe (issue 8): a player in game chat called "shit" through chat's
contractions ("ur so shit", "ur shit at this game", "hes shit", "shes so shit") or
"horrible" after a being verb ("my team is horrible", "this duelist is horrible", "you
guys are horrible"), the clean lines in the same words (the reader's things, the writer,
negations, questions, reports, things judged) and friendly swearing, measured at default
settings (`Scorer()`). The lines are in chat13_probe_lines.py and chat13_holdout_lines.py.

On bc81d1d6 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 4 caught, 0 clean flagged, 0 swearing flagged. After targeting_chat13.py: 31
caught, 0 flagged, 0 swearing flagged (34 before the "horrible" shape was narrowed for
toxic_spans' profane_only rail: no team pointed at, no "players", no "you people").

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on bc81d1d6, 3 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
29 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import chat13_holdout_lines as held
from tests.core.scoring import chat13_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "sage" (Valorant) is no hero the round's openers name: the addressed player goes unread.
# A team pointed at and "you people" are left out of the "horrible" shape: a fan's verdict
# on a club's form and a commenter's address to a side read the same.
KNOWN_MISSES: frozenset[str] = frozenset({
    "sage ur literally shit", "these teammates are horrible", "this team is horrible gg",
    "you people are horrible",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.93  # 31 of 35 caught, 0 flagged: 0.939
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 29  # the final count (3 of 40 on bc81d1d6)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on bc81d1d6)


class TestChat13Probe(ProbeRoundChecks):
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
