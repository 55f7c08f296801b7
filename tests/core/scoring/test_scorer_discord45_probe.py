"""The discord45 probe (issue 8): death wishes, non-existence wishes and exclusion aimed at
the reader or the people in the room that the older rules missed ("you should all die",
"i want you all dead", "i wish you were never born", "you should never have been born",
"make them wish they never existed", "you people need to get out of our country", "they
need to leave our country" with no "they" named before); the clean lines in the same
words (wishes about things or the writer, "i wish you were here", fiction and reports,
invitations, the writer's own trips) and friendly swearing, measured at default settings
(`Scorer()`). The lines are in discord45_probe_lines.py and discord45_holdout_lines.py.

On d991b7e6 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 2 caught, 1 clean flagged (an older round's reading of "you should leave the
server"), 0 swearing flagged. After targeting_discord45.py: 34 caught, 1 flagged, 0
swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on d991b7e6, 11 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
37 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord45_holdout_lines as held
from tests.core.scoring import discord45_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# An older round reads "die lol" after the people in the room as gaming talk.
KNOWN_MISSES: frozenset[str] = frozenset({"you people should all die lol"})
# An older round's reading of "you should leave" the server.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"you should leave the server if it's lagging"})

TUNE_F1_FLOOR = 0.97  # 34 of 35 caught, 1 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (11 of 40 on d991b7e6)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on d991b7e6)


class TestDiscord45Probe(ProbeRoundChecks):
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
