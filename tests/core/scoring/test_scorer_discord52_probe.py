"""The discord52 probe (issue 8): a member of a Discord server shut out by a call to the
room, named by a pronoun or a user mention: the invite withheld for good ("dont invite her
next time", "stop inviting him", "dont let her join") and the member removed from the
room ("can we kick <@1> from vc", "get him out of the gc", "uninvite him"); the clean
lines in the same words (bots, spam and rule-breakers with a reason, logistics with a
reason, the writer, game talk, reports, negations and questions), and friendly swearing,
measured at default settings (`Scorer()`). The lines are in discord52_probe_lines.py and
discord52_holdout_lines.py.

On a6badc62 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 2 caught, 1 clean flagged, 0 swearing flagged. After targeting_discord52.py:
34 caught, 1 flagged (the same one, an older reading), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on a6badc62, 2 of 40 caught, 4 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
39 of 40 caught, 4 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord52_holdout_lines as held
from tests.core.scoring import discord52_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# identity_attack.txt's older "dont let" claims the words before a user mention ("dont let
# <@2> ..."): a group-only line, read as said of no group.
KNOWN_MISSES: frozenset[str] = frozenset({"dont let <@2> back in the server"})
# Flagged on a6badc62 already: the older "remove her" line, read of the member in a report.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"why did they remove her from the gc"})

TUNE_F1_FLOOR = 0.97  # 34 of 35 caught, 1 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (2 of 40 on a6badc62)
HELD_FLAGGED_CAP = 4  # the final count (4 of 40 on a6badc62)


class TestDiscord52Probe(ProbeRoundChecks):
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
