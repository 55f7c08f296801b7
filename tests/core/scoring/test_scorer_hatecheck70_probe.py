"""The hatecheck70 probe (issue 8): violence ordered bare against a named group's people
("bomb the muslims", "shoot the immigrants", "just burn the jews", "somebody pls hang the
gays", "shoot every muslim you see"), the clean lines in the same words (games and
things, the verbs with no group, negations, counter-speech, reports of news and history,
questions), and friendly swearing, measured at default settings (`Scorer()`). The lines
are in hatecheck70_probe_lines.py and hatecheck70_holdout_lines.py.

On 16db2adf before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 7 caught, 1 clean flagged, 0 swearing flagged. After targeting_hatecheck70.py:
35 caught, 1 flagged (the same one, an older reading), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 16db2adf, 7 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
39 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck70_holdout_lines as held
from tests.core.scoring import hatecheck70_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# Flagged on 16db2adf already: hateprobe5 reads "we ... should" before the verb as the
# writer's urging, though the line asks.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"should we shoot the immigrants?"})

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 1 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (7 of 40 on 16db2adf)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on 16db2adf)


class TestHateCheck70Probe(ProbeRoundChecks):
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
