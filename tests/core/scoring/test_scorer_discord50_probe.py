"""The discord50 probe (issue 8): a member humiliated by exposure on a Discord server, the
writer sharing a member's private messages or secrets with the room ("i screenshotted ur
messages and sent them to everyone", "im posting her dms in general", "i told the whole
server her secrets") or mocking a member through a picture of them ("look at this fat pic
of him", "post her ugly selfie in general"); the clean lines in the same words (sharing
that shames no one, the writer's own, reports to moderators, others' doing, negations and
questions), and friendly swearing, measured at default settings (`Scorer()`). The lines
are in discord50_probe_lines.py and discord50_holdout_lines.py.

On ff8a2800 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 1 clean flagged, 0 swearing flagged. After targeting_discord50.py:
35 caught, 1 flagged (the same one, an older reading), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on ff8a2800, 4 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
40 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord50_holdout_lines as held
from tests.core.scoring import discord50_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# Flagged on ff8a2800 already: "ugly" read at the reader by an older rule ("ur ugly
# selfie"), the denial three words before the owner; the round raises no reading aimed
# at the reader already and lowers none.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"i would never post ur ugly selfie lol"})

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 1 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (4 of 40 on ff8a2800)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on ff8a2800)


class TestDiscord50Probe(ProbeRoundChecks):
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
