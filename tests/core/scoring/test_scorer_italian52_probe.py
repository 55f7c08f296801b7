"""The italian52 probe (issue 8): Italian hate the two previous Italian rounds saw still
missed at default settings, over women, gay and trans people, Muslims, Jews, Black people,
immigrants and Roma and disabled people: a group shot at or harmed ("i neri andrebbero
sparati", "spariamo agli immigrati"), shut out by closed ports or borders ("chiudete i
porti agli immigrati", "basta stranieri in italia"), its existence questioned ("perché i
disabili devono esistere?", "a cosa servono i gay?"), clipped forms and slang ("sei uno
stronz", "finocchi di merda", "down di merda"); the clean lines in the same words (sport,
photos, news, genuine questions, the vegetable, counter-speech) and friendly swearing,
measured at default settings (`Scorer()`). The lines are in italian52_probe_lines.py and
italian52_holdout_lines.py.

On d991b7e6 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 25 caught, 0 clean flagged, 0 swearing flagged. The weak cells were a group
shot at in the passive or the first person plural, ports closed to a group, "perché"
questioning a group's existence, "merdoso" and "down di merda". After the round's lexicon
lines and targeting_italian52.py: 34 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on d991b7e6, 30 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the suite, 25456
passed, 2 xfailed, 1 failed: test_layers' import cycle bot.cli.check -> check_workers,
already on d991b7e6): 39 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only
floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian52_holdout_lines as held
from tests.core.scoring import italian52_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A bare adjective stays descriptive, as "schifoso" alone does (said of whom?).
KNOWN_MISSES: frozenset[str] = frozenset({"merdoso"})
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 34 of 35 caught, 0 flagged: F1 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 at the final count (0 on d991b7e6)
HELD_CAUGHT_FLOOR = 39  # 39 of 40 at the final count (30 of 40 on d991b7e6)
HELD_FLAGGED_CAP = 0  # 0 of 40 at the final count (0 of 40 on d991b7e6)


class TestItalian52Probe(ProbeRoundChecks):
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
