"""The insults27 probe (issue 8): a team urged on during play with a swear word ("box out
you fuckers!", "defend you bastards", "rebound you motherfuckers, two minutes left"), the
nearest hostile wordings in the same words (orders that send people away or harm them,
an insult beside the swear word, the swear word aimed at people otherwise), and friendly
swearing, measured at default settings (`Scorer()`). The lines are in
insults27_probe_lines.py and insults27_holdout_lines.py.

On 7d8246cf before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 35 caught, 31 clean flagged, 0 swearing flagged. After targeting_insults27.py:
35 caught, 2 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 7d8246cf, 40 of 40 caught, 39 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
40 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import insults27_holdout_lines as held
from tests.core.scoring import insults27_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# "block!" said again after the swear word is a lexicon word outside the order, so the
# message holds other hostility; "get back on defense" opens with "get", no order of
# play ("get lost" stays aimed).
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "block you fuckers! block!",
    "get back on defense you fuckers",
})  # fmt: skip

TUNE_F1_FLOOR = 0.97  # 35 of 35 caught, 2 flagged: 0.972
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing

HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (40 of 40 on 7d8246cf)
HELD_FLAGGED_CAP = 2  # the final count (39 of 40 on 7d8246cf)


class TestInsults27Probe(ProbeRoundChecks):
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
