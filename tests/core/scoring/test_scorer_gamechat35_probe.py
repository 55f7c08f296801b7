"""The gamechat35 probe (issue 8): game chat that blames a teammate by role or hero for
an in-game failing (afk farming, stealing farm or kills, ganking nobody, not helping,
doing nothing), quotes a bad score at a role ("adc 0/10 again"), or praises a failing
with sarcasm ("great job top, really great"); and clean game talk that looks alike
(plain farming, the enemy's score, the writer's own, asked, reported, quoted, kind
praise), measured at default settings (`Scorer()`). The lines are in
gamechat35_probe_lines.py and gamechat35_holdout_lines.py.

On base30 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 2 clean flagged, 0 swearing flagged. After targeting_gamechat35.py
and its lexicon lines: 22 caught, 2 flagged, 0 swearing flagged. The 13 left are the
shapes not built (seven bad scores quoted at a role, five sarcastic praises) and "ember
no help" ("ember" is a hero name kept out as an everyday word, gamechat32's
RISKY_NAMES). The two flagged are older readings the round leaves alone: "support is
helping bot" ("bot" as a name-call) and "their adc is 0/10 lol ez" ("ez" at the enemy).

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 4 caught, 0 flagged,
0 swearing flagged; after, 23 caught, 0 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat35_holdout_lines as held
from tests.core.scoring import gamechat35_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: the shapes not built (scores, sarcasm) and a risky hero's name.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "ember no help",
        "adc 0/10 again what a surprise",
        "0/10 adc",
        "jungle 0/7 lol",
        "support 0/8 btw",
        "great job top, really great",
        "nice job mid",
        "well played jungle, really",
        "nice one jungle, another death",
        "thanks jungle, really helpful",
    }
)
# Older readings the round leaves alone: "bot" read as a name-call, "ez" at the enemy.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {
        "support is helping bot",
        "their adc is 0/10 lol ez",
    }
)

TUNE_F1_FLOOR = 0.74  # 22 of 35 caught, 2 flagged: 0.746
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 23  # the final count (4 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestGameChat35Probe(ProbeRoundChecks):
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
