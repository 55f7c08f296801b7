"""The discord55 probe (issue 8): the moderators or the room asked to remove a member of
a Discord server named by a user mention, a pronoun or "this kid" ("mods ban <@1>", "can
a mod kick him", "someone ban this kid", "pls kick <@3>", "ban him mods"), the clean
lines in the same words (a report of spam or a broken rule with its reason, questions
and reports of a ban, the writer, bots and spam, game talk, negations), and friendly
swearing, measured at default settings (`Scorer()`). The lines are in
discord55_probe_lines.py and discord55_holdout_lines.py.

On 7d8246cf before the round, the studied part (35 hostile, 31 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_discord55.py:
33 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 7d8246cf, 2 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
36 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord55_holdout_lines as held
from tests.core.scoring import discord55_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# No hit before or after: a user mention right after a bare "ban" or "kick", the
# moderators called only after it, holds no line, and a bare "ban" or "kick" line would
# be read everywhere ("ban the idiot" must stay a third person's).
KNOWN_MISSES: frozenset[str] = frozenset({
    "kick <@9> mods",
    "ban <@1> mods pls",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 33 of 35 caught, 0 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing

HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 36  # the final count (2 of 40 on 7d8246cf)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 7d8246cf)


class TestDiscord55Probe(ProbeRoundChecks):
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
