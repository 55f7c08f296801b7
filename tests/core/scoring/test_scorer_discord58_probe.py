"""The discord58 probe (issue 8): a member of a Discord server whose removal the writer
asks for with the user mention before the verb ("<@12> needs to be banned", "<@4> should
get kicked") or in a negated order ("dont let <@55> join", "do not let <@3> back in"), the
clean lines in the same words (moderation talk that asks nothing against the member,
logistics and game talk, the writer or a bot, negations, reports, questions and jokes),
and friendly swearing, measured at default settings (`Scorer()`). The lines are in
discord58_probe_lines.py and discord58_holdout_lines.py.

On d6691716 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 1 clean flagged, 0 swearing flagged. After targeting_discord58.py:
35 caught, 1 flagged (the same one, an older reading), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on d6691716, 0 of 40 caught, 0 of 40 flagged, 1
of 6 swearing flagged. After (counted once, after the last change and the passing
tests): 40 of 40 caught, 0 of 40 flagged, 1 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import discord58_holdout_lines as held
from tests.core.scoring import discord58_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# Flagged on d6691716 already: insult's "should be banned" read of a third person, the
# report of another's thought ("they think") left to the older reading.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"they think <@40> should be banned"})

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 1 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.17  # 1 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (0 of 40 on d6691716)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on d6691716)


class TestDiscord58Probe(ProbeRoundChecks):
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
