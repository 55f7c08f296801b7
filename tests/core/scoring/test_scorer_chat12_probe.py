"""The chat12 probe (issue 8): a look at the reader's body asked for in chat and DMs (a
picture, a video or a cam of the reader's body or a body part, the reader naked or in
underwear, the clothes off for the writer: "send me pics of ur body", "i wanna see you
naked", "take ur shirt off for me on cam"), the clean lines in the same words (ordinary
photo talk, the body in medical or fitness talk, reports, help requests and negations),
and friendly swearing, measured at default settings (`Scorer()`). The lines are in
chat12_probe_lines.py and chat12_holdout_lines.py.

On 6932ae4f before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 2 caught, 0 clean flagged, 0 swearing flagged. After targeting_chat12.py: 34
caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 6932ae4f, 3 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
32 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import chat12_holdout_lines as held
from tests.core.scoring import chat12_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# No line before or after: "naked" stands alone after the cam, not "you naked".
KNOWN_MISSES: frozenset[str] = frozenset({"get on cam naked"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 32  # the final count (3 of 40 on 6932ae4f)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on 6932ae4f)


class TestChat12Probe(ProbeRoundChecks):
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
