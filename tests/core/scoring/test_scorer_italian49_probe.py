"""The italian49 probe (issue 8): a third person or group put down in Italian chat with
no plain insult aimed by the older rules: a personal pronoun subject ("lui non capisce un
cazzo", "lei non sa fare niente"), put-downs said of lui/lei/quel tipo, and silence
wished on a group sent home ("le ragazze? zitte e in cucina"); the clean lines in the
same words (facts, narrowed claims, the writer's own words, questions, reported speech)
and friendly swearing, measured at default settings (`Scorer()`). The lines are in
italian49_probe_lines.py and italian49_holdout_lines.py.

On 7c829c83 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 16 caught, 5 clean flagged, 0 swearing flagged. After targeting_italian49.py:
27 caught, 5 flagged (older rules' flags, left alone), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 7c829c83, 18 of 40 caught, 6 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
28 of 40 caught, 6 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian49_holdout_lines as held
from tests.core.scoring import italian49_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Shapes this round leaves alone: "una sega", "non vale un cazzo", a word between
# "non capisce" and "un cazzo", another verb than the list's, and "quello" read as a thing.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "lei non vale un cazzo",
        "quella non capisce una sega",
        "questo non sa fare una sega",
        "lei non sa fare nulla",
        "quello non vale nulla",
        "lui non capisce mai un cazzo",
        "lui non sa giocare un cazzo",
        "quella tizia non vale un cazzo",
    }
)
# Older rules' flags: a put-down word in an asked line answered, home words, "stai zitta".
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {
        "lui è proprio uno scarso? non credo",
        "lei è un'incapace? ma no, è bravissima",
        "le ragazze sono in cucina a preparare la cena",
        "stai zitta che c'è la sorpresa",
        "torna in cucina che brucia il sugo",
    }
)

TUNE_F1_FLOOR = 0.80  # 27 of 35 caught, 5 flagged: F1 0.806
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 28  # the final count (18 of 40 on 7c829c83)
HELD_FLAGGED_CAP = 6  # the final count (6 of 40 on 7c829c83 too)


class TestItalian49Probe(ProbeRoundChecks):
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
