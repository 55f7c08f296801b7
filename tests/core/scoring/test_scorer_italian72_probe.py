"""The italian72 probe (issue 8): a noun of people followed by a group word used as its
adjective, which is the group ("i bambini rom sono tutti ladri", "odio i ragazzi rom",
"non mi fido dei ragazzi musulmani"), and a nationality after a thing with an adjective
before it, which names none ("i nuovi telefoni cinesi fanno schifo"), while a noun of
people there ("i nuovi immigrati cinesi sono sporchi") and the bare group ("i cinesi
fanno schifo") stay hostile; the clean lines in the same words (neutral mentions,
denials, reports, counter-speech, things) and friendly swearing, measured at default
settings (`Scorer()`). The lines are in italian72_probe_lines.py and
italian72_holdout_lines.py.

On 4251e5a6 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 10 caught, 14 clean flagged, 0 swearing flagged. After targeting_italian72.py
and the round's nouns in the scorer's "rom" pass: 35 caught, 0 flagged, 0 swearing
flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 4251e5a6, 11 of 40 caught, 10 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing tests):
39 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian72_holdout_lines as held
from tests.core.scoring import italian72_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 1.0  # 35 of 35 caught, 0 flagged
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (11 of 40 on 4251e5a6)
HELD_FLAGGED_CAP = 1  # the final count (10 of 40 on 4251e5a6)


class TestItalian72Probe(ProbeRoundChecks):
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
