"""The italian71 probe (issue 8): a person told they are less than a whole man ("sei un
mezzo uomo", "sei una mezza sega", "sei un uomo a metà"), a nationality used as the
adjective of a thing, which names no group ("i prodotti cinesi fanno schifo", "i film
americani fanno schifo"), while a noun of people before it ("gli immigrati cinesi sono
sporchi") and the bare group ("i cinesi fanno schifo") stay hostile; the clean lines in
the same words (half asleep, half way, oneself, things, reports and questions), and
friendly swearing, measured at default settings (`Scorer()`). The lines are in
italian71_probe_lines.py and italian71_holdout_lines.py.

On d6691716 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 15 caught, 10 clean flagged, 0 swearing flagged. After targeting_italian71.py
and the round's it/insult.txt lines: 34 caught, 1 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on d6691716, 22 of 40 caught, 13 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing tests):
40 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian71_holdout_lines as held
from tests.core.scoring import italian71_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# None left: "i bambini rom sono tutti ladri", not this round's shape, was missed here
# until italian72 read "rom" after a noun of people as the group.
KNOWN_MISSES: frozenset[str] = frozenset()
# None left: "chi ti ha detto che sei un mezzo uomo?" was read at the reader until
# italian73 read an insult asked about as someone else's words.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 1.0  # 35 of 35 caught (34 before italian72), 0 flagged (1 before italian73)
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (22 of 40 on d6691716)
HELD_FLAGGED_CAP = 2  # the final count (13 of 40 on d6691716)


class TestItalian71Probe(ProbeRoundChecks):
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
