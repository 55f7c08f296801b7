"""The gamechat26 probe (issue 8): in-game chat lines in the round's shapes (a player
called a bot or an NPC in a mock frame; sarcastic thanks or praise for a throw said to
a player) and clean chat that looks alike (bot lanes, bot programs and NPCs of the
game, the writer's own play, a grenade's throw praised, thanks that mean it), measured
at default settings (`Scorer()`). The lines are in gamechat26_probe_lines.py and
gamechat26_holdout_lines.py.

The studied part, written before any rule, on base20: 3 of 37 caught, 1 of 31 flagged
("absolute bot lane diff": "bot lane diff" blames a lane's player, chat9's reading, a
line badly written as clean), 0 of 6 swearing flagged. After targeting_gamechat26.py
and the lexicon lines: 36 caught ("actual bot lmao" left: gamechat22 keeps "actual bot"
clean, a real program), the same 1 flagged, 0 swearing flagged.

The held-back part, written with it and counted only at the start and the end: at the
start 5 of 40 caught, 0 of 39 flagged, 0 of 7 swearing flagged; at the end 36 caught
(left: "actual bot", a bot before a lane's word, "npc" before a two-word role, "tyvm"),
0 flagged, 0 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat26_holdout_lines as held
from tests.core.scoring import gamechat26_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "actual" says a real program (gamechat22's table keeps "actual bot" clean).
KNOWN_MISSES: frozenset[str] = frozenset({
    "actual bot lmao",
})  # fmt: skip
# chat9's "diff" blames the bot lane's player: left as it is.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "absolute bot lane diff",
})  # fmt: skip

TUNE_F1_FLOOR = 0.97  # 36 of 37 caught, 1 flagged: 0.973
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 36  # the final count (5 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestGameChat26Probe(ProbeRoundChecks):
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
