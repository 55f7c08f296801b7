"""The discord47 probe (issue 8): the room turned against one member of a Discord server,
rallied to shut the member out ("everyone mute her in vc", "can we mute <@1> in vc
already"), told to keep no company with the member ("dont talk to her shes weird",
"nobody sit with her tmrw"), or said to be hated by the whole room ("everyone hates
<@1>"); the clean lines in the same words (spam bots and moderation, game talk, people
asking for help, reports, negations and questions), and friendly swearing, measured as
the bot scores them (a user mention passed on). The lines are in discord47_probe_lines.py
and discord47_holdout_lines.py.

On 2c865dec before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 9 caught, 1 clean flagged, 0 swearing flagged. After targeting_discord47.py:
34 caught, 1 flagged (the same one, an older reading), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 2c865dec, 11 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once by the coordinator on the merged tree, after
the last change and the round's failing tests passing): 36 of 40 caught, 0 of 40
flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord47_holdout_lines as held
from tests.core.scoring import discord47_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "kick" alone is threat's line (a harm verb), which the group-only gate drops with no
# group named: the round reads only the older "kick him/her/them" lines.
KNOWN_MISSES: frozenset[str] = frozenset({"can we kick <@5521> from vc already"})
# Flagged on 2c865dec already: "bot" read as a name-call said of a person.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"mods pls remove the nsfw bot"})

TUNE_F1_FLOOR = 0.97  # 34 of 35 caught, 1 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 36  # the final count (11 of 40 on 2c865dec)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 2c865dec)


class TestDiscord47Probe(ProbeRoundChecks):
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
