"""The forum36 probe (issue 8): forum posts (Gab/Reddit/HateXplain style) that demonise a
named group, cast as evil, satanic or demonic, which older rounds read as evil said of no
one ("jews are the children of satan", "muslims are demons", "the left is pure evil",
"democrats are satan's minions", "those satanic jews", "white devils"), the clean lines in
the same words (evil said of acts, ideas and things, religious talk, games, food and
teams, counter-speech, questions, quotes and reports), and friendly swearing, measured at
default settings (`Scorer()`). The lines are in forum36_probe_lines.py and
forum36_holdout_lines.py.

On 35b9bb2a before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 8 caught, 1 clean flagged, 0 swearing flagged. After targeting_forum36.py: 33
caught, 1 flagged, 0 swearing flagged. The false flag was flagged before the round and is
outside its shape ("the devil is a liar": "liar" said of the devil himself). The two
misses are shapes left out on purpose: "the satanic left" (a wing so named is as often
gab's vulgar_only as its hate) and "white devils" (as often HateXplain's normal).

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 35b9bb2a, 12 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
37 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import forum36_holdout_lines as held
from tests.core.scoring import forum36_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left out on purpose (see the docstring).
KNOWN_MISSES: frozenset[str] = frozenset({
    "the satanic left wants your kids", "white devils ruined everything",
})  # fmt: skip
# Flagged on 35b9bb2a already, outside the round's shape.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"the devil is a liar"})

TUNE_F1_FLOOR = 0.95  # 33 of 35 caught, 1 flagged: 0.957
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (12 of 40 on 35b9bb2a)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on 35b9bb2a)


class TestForum36Probe(ProbeRoundChecks):
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
