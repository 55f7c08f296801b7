"""The discord19 probe (issue 8): Discord chat lines in the round's shapes (a member
kept out by the room, the reader's family turned against them, an ableist or archetype
jab at the reader, exposure promised, a send-off into nothing) and clean chat that looks
alike (a kind reason or a patient tail after the words, the same words about oneself,
reports and help-seeking, talk of shows and games, friendly banter), measured at default
settings (`Scorer()`). The lines are in discord19_probe_lines.py and
discord19_holdout_lines.py.

On merge18 before the round, the studied part (39 hostile, 34 clean, 6 untargeted
swearing): 11 caught, 8 clean flagged, 0 swearing flagged. After targeting_discord19.py
and its lexicon lines: 30 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 9 caught, 9 flagged,
0 swearing flagged; after, 22 caught, 1 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord19_holdout_lines as held
from tests.core.scoring import discord19_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Shapes left for a later round: the room leaving with the room named between ("everyone
# leave the vc when he joins"), a member's place questioned ("why is she even in this
# server", "who invited him lol"), "karen energy", exposure in other words, "dont love u"
# (read as affection by teasing.py).
KNOWN_MISSES: frozenset[str] = frozenset({
    "everyone leave the vc when he joins",
    "lets leave before he gets on",
    "why is she even in this server",
    "im sending ur messages to the whole server",
    "ill post this convo everywhere",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.86  # 30 of 39 caught, 0 flagged: 0.870
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 22  # the final count (9 at the start)
HELD_FLAGGED_CAP = 1  # the final count (9 at the start)


class TestDiscord19Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
