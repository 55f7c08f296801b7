"""The gamechat31 probe (issue 8): in-game chat lines in the round's shapes (a player named
with two words called a thing or a beast: "the enemy jungler is a dog", "our mid laner is
a potato", "our bot lane is a literal dog"; a hero pointed at with "this" called trash:
"this jett is trash smh", not built) and clean chat that looks alike (callouts, plans,
praise, pets and things, calls that go on, "this skin is trash"), measured at default
settings (`Scorer()`). The lines are in gamechat31_probe_lines.py and
gamechat31_holdout_lines.py.

The studied part, written before any rule, on base26: 1 of 34 caught, 2 of 33 flagged
("the enemy support is a baby bot", an older reading of "bot"; "my jett is trash smh",
an older reading of the writer's hero as a player), 0 of 6 swearing flagged. After
targeting_gamechat31.py: 23 caught, 2 flagged, 0 swearing flagged; the eleven "this
<hero> is trash" lines are left (gamechat12 keeps "this sven is trash" clean).

The held-back part, written with it and counted at the start and the end only: on
base26 2 of 40 caught, 4 of 40 flagged, 0 of 6 swearing flagged; at the end 26 of 40 caught (every
two-word role and "the enemy" line; left: the fourteen "this <hero> is trash" lines, not
built), 4 of 40 flagged (older readings: "the enemy jungler is bot" and "the enemy mid is
roaming bot" read "bot" as a call, "the enemy carry is a monster", "this lobby is
garbage" as a group), 0 of 6 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat31_holdout_lines as held
from tests.core.scoring import gamechat31_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "this <hero> is trash": gamechat12 reads the champion judged ("this sven is trash"),
# not built this round; "phoenix" is no hero word of gamechat8's (an everyday word).
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "this jett is trash",
        "this jett is trash smh",
        "this yasuo is useless",
        "this pudge is garbage lol",
        "this reyna is trash fr",
        "this genji is useless smh",
        "this teemo is trash",
        "this invoker is garbage",
        "this widow is useless tbh",
        "this zed is trash lol",
        "this phoenix is dogshit",
    }
)
# Older readings left alone: "bot" after a call read as a player called a bot; "my
# <hero>" read as a teammate.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {"the enemy support is a baby bot", "my jett is trash smh"}
)

TUNE_F1_FLOOR = 0.77  # 23 of 34 caught, 2 flagged: 0.780
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 26  # the final count (2 at the start)
HELD_FLAGGED_CAP = 4  # the final count (4 at the start)


class TestGameChat31Probe(ProbeRoundChecks):
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
