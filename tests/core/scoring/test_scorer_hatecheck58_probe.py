"""The hatecheck58 probe (issue 8): plain attacks on identity groups whose names the cue
lists did not know ("i hate kurds", "mormons should all be deported", "i hate deaf
people", "i hate somali people"), the clean lines in the same words (neutral and kind
mentions, nationality in sport and food, counter-speech, a nation's government
criticised) and friendly swearing, measured at default settings (`Scorer()`). The lines
are in hatecheck58_probe_lines.py and hatecheck58_holdout_lines.py.

On 90c429e4 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 2 clean flagged, 0 swearing flagged. After the hatecheck58 block in
en/cues.txt (no rule of its own): 34 caught, 2 flagged, 0 swearing flagged. The two
flagged lines ("the iraqi government is corrupt", "the japanese government is useless")
were flagged before the round by an older rule, the insult said of a body named by
role, and stay as they were: the round leaves a government's verdicts alone. The miss,
"nigerian people should be thrown out": "nigerian" as an English group adjective broke
italian20's "quella nigeriana puzza", so it was left out.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 90c429e4, 4 of 40 caught, 0 of 40
flagged, 0 of 6 swearing flagged. After (counted once,
after the last change and the passing suite): 39 of 40 caught, 1 of 40 flagged, 0 of 6
swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck58_holdout_lines as held
from tests.core.scoring import hatecheck58_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "nigerian" is left out of [identity_adjective]: as an English group word it turned
# italian20's "quella nigeriana puzza" clean, so "nigerian people" stays unknown.
KNOWN_MISSES: frozenset[str] = frozenset({"nigerian people should be thrown out"})
# Flagged on 90c429e4 too, by the role-insult rule; a government's verdicts stay as they were.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "the iraqi government is corrupt", "the japanese government is useless",
})  # fmt: skip

TUNE_F1_FLOOR = 0.95  # 34 of 35 caught, 2 flagged: 0.958
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (4 of 40 on 90c429e4)
HELD_FLAGGED_CAP = 1  # the final count (0 of 40 on 90c429e4)


class TestHateCheck58Probe(ProbeRoundChecks):
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
