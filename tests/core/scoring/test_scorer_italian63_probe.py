"""The italian63 probe (issue 8): death or harm wished on a named group in Italian with
the writer's "auguro" ("auguro la morte a tutti i musulmani", "auguro ai migranti di
affogare", "ai rom auguro una morte lenta") or with a wish and "che" on the group or on
"all of them" ("spero che gli ebrei si estinguano", "speriamo che ammazzino tutti i
rom", "speriamo che li ammazzino tutti"), the clean lines in the same words (good
wishes, harm wished on things, teams and games, news, reports, negations, questions and
counter-speech), and friendly swearing, measured at default settings (`Scorer()`). The
lines are in italian63_probe_lines.py and italian63_holdout_lines.py.

On 16db2adf before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 4 caught, 2 clean flagged, 0 swearing flagged. After targeting_italian63.py:
35 caught, 2 flagged (the same two, older readings), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 16db2adf, 5 of 40 caught, 5 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
39 of 40 caught, 5 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian63_holdout_lines as held
from tests.core.scoring import italian63_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# Flagged on 16db2adf already: the older "morte ai" and "morte agli" lines read at the
# group in a report and in a question.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "ha augurato la morte ai migranti, vergogna",
    "davvero auguri la morte agli immigrati?",
})  # fmt: skip

TUNE_F1_FLOOR = 0.97  # 35 of 35 caught, 2 flagged: 0.972
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (5 of 40 on 16db2adf)
HELD_FLAGGED_CAP = 5  # the final count (5 of 40 on 16db2adf)


class TestItalian63Probe(ProbeRoundChecks):
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
