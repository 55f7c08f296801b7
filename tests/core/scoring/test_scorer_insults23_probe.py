"""The insults23 probe (issue 8): a precision round on the insults file's non-insults. An
identity group named in a sentence whose hostile-looking word is aimed at no group, which
older rounds read as an identity attack: a purge word whose own object is a thing or an
organisation ("he would annul gay marriage and ban all insurance companies from covering
birth control", "ban all fireworks because immigrants keep setting them off"), and an
animal word closing a plain list of beings ("the flood killed men, women and animals
alike"); the hostile lines in the same words that must stay caught (a group banned or
deported, a group called animals), and friendly swearing, measured at default settings
(`Scorer()`). The lines are in insults23_probe_lines.py and insults23_holdout_lines.py.

On 62683186 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 35 caught, 30 clean flagged, 0 swearing flagged. After
targeting_insults23.py: 35 caught, 2 flagged, 0 swearing flagged. The two false flags
are other shapes: "dogs" after "their" (a group's pets) read as a slur, and "old"
(an age word) in the purged thing's name, which keeps the purge aimed.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 62683186, 36 of 40 caught, 34 of 40 flagged, 0
of 6 swearing flagged. After, counted once after the last change and the passing suite
(25759 passed, 2 xfailed): 36 of 40 caught, 5 of 40 flagged, 0 of 6 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import insults23_holdout_lines as held
from tests.core.scoring import insults23_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Other shapes: a group's pets ("their dogs") and an age word in the thing's name ("old").
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "they should ban all smoking in parks where gay couples walk their dogs",
    "throw out all the old furniture before the refugees move into the flat",
})  # fmt: skip

TUNE_F1_FLOOR = 0.97  # 35 of 35 caught, 2 flagged: 0.972
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged at the start
HELD_CAUGHT_FLOOR = 36  # 36 of 40 at the final count (36 at the start)
HELD_FLAGGED_CAP = 5  # 5 of 40 at the final count (34 of 40 on 62683186)


class TestInsults23Probe(ProbeRoundChecks):
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
