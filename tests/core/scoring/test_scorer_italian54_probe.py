"""The italian54 probe (issue 8): a named group derided or shut out without a slur:
trouble or a plague said to come with it ("dove ci sono i rom ci sono guai", "i neri
portano solo guai", "i gay sono come la peste"), kept away or not hired ("tenete i rom
lontani dai vostri figli", "ecco perché non si assumono donne"), and a few other implicit
forms ("tipico di un nero: ladro", "da un ebreo non mi aspetto niente di buono", "le
donne non meritano nessun diritto"); the clean lines in the same words that must stay
clean (mosquitoes, medicines, risks, counter-speech, reports, neutral mentions), and
friendly swearing, measured at default settings (`Scorer()`). The lines are in
italian54_probe_lines.py and italian54_holdout_lines.py.

On 189557ea before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 8 caught, 0 clean flagged, 0 swearing flagged. After targeting_italian54.py
and its lexicon lines: 31 caught, 0 flagged, 0 swearing flagged. The four misses are
shapes the round leaves alone: work refused with "non date lavoro a", a trait said
"tipico di" a group, and nothing good expected from a group.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 189557ea, 8 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After, counted once after the last change and the passing suite
(25990 passed, 2 xfailed): 33 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged.
At the merge the coordinator required what the group is kept from to be people, their
places or the country ("tenete i disabili lontani dalle scale" was flagged), and
counted the held part again (counts only): 32 of 40 caught, 1 of 40 flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian54_holdout_lines as held
from tests.core.scoring import italian54_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Shapes no rule reads: work refused, "tipico di", nothing good expected.
KNOWN_MISSES: frozenset[str] = frozenset({
    "non date lavoro agli zingari", "tipico di un nero: ladro",
    "da un ebreo non mi aspetto niente di buono", "dai musulmani niente di buono",
})  # fmt: skip
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.93  # 31 of 35 caught, 0 flagged: 0.939
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged at the start
HELD_CAUGHT_FLOOR = 32  # the count after the merge's narrowing (8 of 40 on 189557ea)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on 189557ea)


class TestItalian54Probe(ProbeRoundChecks):
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
