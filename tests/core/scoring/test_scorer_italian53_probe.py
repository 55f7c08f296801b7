"""The italian53 probe (issue 8): a named group's humanity denied, or its worth put below
an animal or nothing, in words the older phrase lines miss ("le donne non sono nemmeno
persone", "gli ebrei non sono veri esseri umani", "un nero non è nemmeno una persona",
"gli immigrati non hanno niente di umano", "i disabili sono meno di niente", "un cane
vale più di un ebreo", "meglio un cane che un musulmano", "non considero i neri
persone"), the clean lines in the same words that must stay clean (counter-speech,
reported lines, bots and robots, pets, counts, "non sono mica tutti uguali"), and
friendly swearing, measured at default settings (`Scorer()`). The lines are in
italian53_probe_lines.py and italian53_holdout_lines.py.

On 62683186 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 9 caught, 1 clean flagged, 0 swearing flagged. After targeting_italian53.py
and its lexicon lines: 34 caught, 0 flagged, 0 swearing flagged. The one miss puts "di
umano" first, before the group ("di umano gli zingari non hanno niente").

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 62683186, 12 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After, counted once after the last change and the passing suite
(25765 passed, 2 xfailed): 40 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian53_holdout_lines as held
from tests.core.scoring import italian53_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "di umano" fronted before the group: no line reads that order.
KNOWN_MISSES: frozenset[str] = frozenset({"di umano gli zingari non hanno niente"})
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged at the start
HELD_CAUGHT_FLOOR = 40  # the final count (12 of 40 on 62683186)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 62683186)


class TestItalian53Probe(ProbeRoundChecks):
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
