"""The hatecheck63 probe (issue 8): a named identity group promised harm in a veiled
threat ("muslims won't know what hit them", "the days of the refugees here are
numbered", "jews will regret ever coming here") or denied its worth by a question ("who
even needs women?", "what are immigrants even good for?", "what's the point of trans
people?"), the clean lines in the same words (people at large, teams, things and chores,
real questions, neutral mentions, counter-speech and reports), and friendly swearing,
measured at default settings (`Scorer()`). The lines are in hatecheck63_probe_lines.py
and hatecheck63_holdout_lines.py.

On e36132cc before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 1 caught, 4 clean flagged, 0 swearing flagged. After targeting_hatecheck63.py:
34 caught, 4 flagged (the same four, older readings), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on e36132cc, 2 of 40 caught, 3 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
40 of 40 caught, 3 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck63_holdout_lines as held
from tests.core.scoring import hatecheck63_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# No line before or after: "regret setting foot" is no "regret ..." line of hatecheck53.
KNOWN_MISSES: frozenset[str] = frozenset({"refugees are gonna regret setting foot here"})
# Flagged on e36132cc already: the older "days are numbered" line read at the reader
# ("posting that gay people's ..."; "my old laptop's ..." too, until the line left the
# reader to the person rules in the thirty-sixth session), and "ignorant" and "vile"
# read of the group in counter-speech.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "posting that gay people's days are numbered got him reported",
    "asking who even needs immigrants is ignorant, they built this country",
    "saying the jews won't know what hit them is a vile threat",
})  # fmt: skip

TUNE_F1_FLOOR = 0.93  # 34 of 35 caught, 4 flagged: 0.932
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (2 of 40 on e36132cc)
HELD_FLAGGED_CAP = 3  # the final count (3 of 40 on e36132cc)


class TestHateCheck63Probe(ProbeRoundChecks):
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
