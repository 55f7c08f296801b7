"""The discord54 probe (issue 8): a member of a Discord server kept out by a ban said to
the room before "let <member> in" ("no one let him in", "we shouldnt let her in", "dont
let <@1> in the server"), the clean lines in the same words (logistics with a reason,
the writer, game talk, bots and spam, questions and reports), and friendly swearing,
measured at default settings (`Scorer()`). The lines are in discord54_probe_lines.py and
discord54_holdout_lines.py.

On c3674a66 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 1 clean flagged, 0 swearing flagged. After targeting_discord54.py:
33 caught, 0 flagged, 0 swearing flagged; 35 caught since discord60's ban word before
"let" ("never let <@9> in the discord").

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on c3674a66, 3 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
37 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord54_holdout_lines as held
from tests.core.scoring import discord54_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 1.0  # 35 of 35 caught (33 before discord60), 0 flagged
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (3 of 40 on c3674a66)
HELD_FLAGGED_CAP = 1  # the final count (2 of 40 on c3674a66)


class TestDiscord54Probe(ProbeRoundChecks):
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
