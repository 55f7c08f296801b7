"""The gamechat23 probe (issue 8): in-game chat of shooters, MOBAs, Rocket League and
block-game servers in the round's shapes (a K/D record or a rank thrown at a player,
stats pointed at, a bought or boosted account, "dogwater", "imagine losing to this",
orders to quit the game, "kys" in chat's spellings, shouting at a player, letters typed
twice or more) and clean chat that looks alike (a rank or stats asked in good faith, the
writer's own play, callouts, praise, shouting at no one, friendly swearing), measured at
default settings (`Scorer()`). The lines are in gamechat23_probe_lines.py and
gamechat23_holdout_lines.py.

On base19 before the round, the studied part (42 hostile, 40 clean, 6 untargeted
swearing): 28 caught, 1 clean flagged, 0 swearing flagged. After targeting_gamechat23.py
and its lexicon lines: 40 caught, 1 flagged ("GG EZ CLAP", by design), 0 swearing
flagged.

The held-back part (44 hostile, 41 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 24 caught, 0 flagged,
0 swearing flagged; after, 36 caught, 0 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat23_holdout_lines as held
from tests.core.scoring import gamechat23_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Shapes the round left alone: a record before a hero's name, shouting a question with
# no insult word (the scorer reads folded text: no case).
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "2/11 jett talking lol",
        "HOW DID YOU MISS THAT",
    }
)
# "gg ez" is flagged by design (gamechat rounds before: bad manners aimed at the losers);
# the probe's clean part listed it in error.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"GG EZ CLAP"})

TUNE_F1_FLOOR = 0.96  # 40 of 42 caught, 1 flagged: 0.964
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 36  # the final count (24 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestGameChat23Probe(ProbeRoundChecks):
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
