"""The italian51 probe (issue 8): Italian hate and insults in the spellings of an Italian
functional hate suite and of Italian chat (digits, stretched, spaced, clipped and swapped
letters, chat letters "k", "x" and "z", the pejorative "-acci", slurs with "di merda" /
"del cazzo", insults aimed at "tu" obfuscated), the clean lines in the same words
(everyday words near these spellings, neutral mentions, counter-speech, the writer's own
words, things) and friendly swearing, measured at default settings (`Scorer()`). The
lines are in italian51_probe_lines.py and italian51_holdout_lines.py.

On a494d2b5 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 18 caught, 1 clean flagged, 0 swearing flagged. Digits, stretched, spaced and
swapped letters were read already; the weak cells were chat letters ("koglione",
"skifo", "stronxo", "muzulmani"), the pejorative "-acci" ("zingaracci"), a clipped last
vowel ("ritardat") and "terun". After italian51_spelling.py (no rule class): 34 caught,
0 flagged ("i neretti del testo", an older typo table's "negretti", now an ordinary
word), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on a494d2b5, 24 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite,
25156 passed, 2 xfailed): 36 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian51_holdout_lines as held
from tests.core.scoring import italian51_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A clipped group name with an "h" ("zinghi" for "zingari"): too near other words to read.
KNOWN_MISSES: frozenset[str] = frozenset({"gli zinghi sono ladri"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 34 of 35 caught, 0 flagged: F1 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 at the final count (0 on a494d2b5)
HELD_CAUGHT_FLOOR = 36  # 36 of 40 at the final count (24 of 40 on a494d2b5)
HELD_FLAGGED_CAP = 2  # 2 of 40 at the final count (2 of 40 on a494d2b5)


class TestItalian51Probe(ProbeRoundChecks):
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
