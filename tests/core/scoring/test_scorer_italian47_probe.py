"""The italian47 probe (issue 8): Italian group claims and insults in shapes the older
rules missed: a named group as a topic set off by a comma, then a claim with a verb other
than "essere" ("i neri, non sanno fare niente", "le donne, non sanno guidare"), left
dislocation ("i musulmani, li odio"), "X? tutti uguali" and name-calls at a third person
in chat ("guarda sto sfigato"); the clean lines in the same words (neutral and kind
mentions, counter-speech, questions, reported speech, a thing or friends as the topic,
pointing at things) and friendly swearing, measured at default settings (`Scorer()`).
The lines are in italian47_probe_lines.py and italian47_holdout_lines.py.

On 2262ef95 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 15 caught, 1 clean flagged, 0 swearing flagged. After targeting_italian47.py
and matching.py's paused-phrase filter: 34 caught, 1 flagged, 0 swearing flagged. The
miss has a dash for its pause, which no rule reads as one ("gli immigrati - tutti
uguali"); the false flag is older ("quello sfigato di mio fratello ...").

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 2262ef95, 16 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After the round (counted once, after the last change and the
passing suite): 35 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors
are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian47_holdout_lines as held
from tests.core.scoring import italian47_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A dash is no pause to any rule: "tutti uguali" after it has no topic.
KNOWN_MISSES: frozenset[str] = frozenset({"gli immigrati - tutti uguali"})
# Flagged on 2262ef95 too: "sfigato" said of a named relative.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "quello sfigato di mio fratello ha vinto la lotteria, sono felice per lui",
})  # fmt: skip

TUNE_F1_FLOOR = 0.97  # 34 of 35 caught, 1 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged at the start
HELD_CAUGHT_FLOOR = 35  # the final count (16 of 40 on 2262ef95)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on 2262ef95 too)


class TestItalian47Probe(ProbeRoundChecks):
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
