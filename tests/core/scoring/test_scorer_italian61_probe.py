"""The italian61 probe (issue 8): a named identity group reduced to a burden ("i disabili
sono solo bocche da sfamare", "gli immigrati sono un fardello per lo stato", "i migranti
sono tutti mantenuti") or to a defect or a plague ("i gay sono difettosi", "gli zingari
sono la peste", "i trans sono uno scherzo della natura"), the clean lines in the same
words (things, oneself, people who are no group, negations, questions, counter-speech and
reports), and friendly swearing, measured at default settings (`Scorer()`). The lines are
in italian61_probe_lines.py and italian61_holdout_lines.py.

On ff8a2800 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 5 caught, 1 clean flagged, 1 swearing flagged. After targeting_italian61.py:
34 caught, 1 flagged, 1 swearing flagged (the same two, older readings).

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on ff8a2800, 6 of 40 caught, 0 of 40 flagged, 1
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
38 of 40 caught, 0 of 40 flagged, 1 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian61_holdout_lines as held
from tests.core.scoring import italian61_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# The elderly are no named identity group to the scorer: the group rules never read them.
KNOWN_MISSES: frozenset[str] = frozenset({"gli anziani sono solo bocche inutili"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {
        # The older said-of-a-person reading of "è un ignorante": it names whoever says it.
        "chi dice che i disabili sono un fardello è un ignorante",
        # The older reading of "vaffanculo" as an order to the reader: the bills are cursed.
        "vaffanculo bollette, siete un salasso",
    }
)

TUNE_F1_FLOOR = 0.96  # 34 of 35 caught, 1 flagged: 0.971
SWEARING_CEILING = 0.17  # 1 of 6 ("vaffanculo bollette" read as an order, as on ff8a2800)
HELD_SWEARING_CEILING = 0.17  # 1 of 6 at the final count (1 of 6 on ff8a2800)
HELD_CAUGHT_FLOOR = 38  # the final count (6 of 40 on ff8a2800)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on ff8a2800)


class TestItalian61Probe(ProbeRoundChecks):
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
