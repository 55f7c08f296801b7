"""The discord61 probe (issue 8): a mentioned member's removal asked for with a bare
removing verb first and the user mention after it, urged or given a reason of contempt
("ban <@9> pls", "kick <@14> mods", "ban <@12> hes ruining the server"), and a member
denied a place in the server with such a reason after a comma ("<@9> shouldnt be here,
no one wants him"); the clean lines in the same words (a game's party or draft, the
mention's own pick, a short mute, a report of spam, a past, a question, a negation or an
undoing, a report and a joke) and friendly swearing, measured at default settings
(`Scorer()`). The lines are in discord61_probe_lines.py and discord61_holdout_lines.py.

On 333e3f84 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 13 caught, 0 clean flagged, 0 swearing flagged. After targeting_discord61.py
and its gated hits: 35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 333e3f84, 13 of 40 caught, 3 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing tests):
39 of 40 caught, 3 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord61_holdout_lines as held
from tests.core.scoring import discord61_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 1.0  # 35 of 35 caught, 0 flagged
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (13 of 40 on 333e3f84)
HELD_FLAGGED_CAP = 3  # the final count (3 of 40 on 333e3f84)


class TestDiscord61Probe(ProbeRoundChecks):
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
