"""The gamechat21 probe (issue 8): in-game chat of shooters, MOBAs and Roblox or Minecraft
servers in the round's shapes (a loss blamed on a player in chat's spellings, a skill
likened down to a pet's, a parent's or a bot's, a verdict on a teammate by hero or role,
teen insults, taunts after a kill) and clean chat of the look-alikes (callouts and
strategy, self-blame, praise, a game's title or a plan after a taunt's words), measured at
default settings (`Scorer()`). The lines are in gamechat21_probe_lines.py and
gamechat21_holdout_lines.py.

On main before the round, the studied part (45 hostile, 39 clean, 7 untargeted
swearing): 26 caught, 4 clean flagged, 0 swearing flagged. After targeting_gamechat21.py,
its lexicon lines and its fixes at depth (gamechat9's loss blame, mockers, objectives
called easy and "sit down" tails): 40 caught, 0 flagged, 0 swearing flagged.

The held-back part (44 hostile, 39 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 29 caught, 5 flagged,
0 swearing flagged; after, 37 caught, 0 flagged, 0 swearing flagged (the misses: "gg
thanks to our top", "my sister plays better than u", "this phoenix is trash", "bozo lol",
"massive skill issue", "get rekt", "1 tap kid"). Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat21_holdout_lines as held
from tests.core.scoring import gamechat21_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A bare "ur mid" is a lane called in a MOBA as often as a jab ("ur mid, im top"); "gg thx
# to our mid" is as often praise after a win; "1 tap dog" needs "dog" as a name-call,
# which it is not in most chat ("my dog", "hot dog"). "skill issue" was built and taken
# out: earlier rounds keep it as friendly chat (discord's, discord8's and discord11's
# probes: "skill issue", "skill issue (mine)", "skill issue on the boss").
KNOWN_MISSES: frozenset[str] = frozenset(
    {"ur mid", "gg thx to our mid", "1 tap dog", "skill issue", "skill issue tbh"}
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.94  # 40 of 45 caught, none flagged: 0.941
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 37  # the final count (29 at the start)
HELD_FLAGGED_CAP = 0  # the final count (5 at the start)


class TestGameChat21Probe(ProbeRoundChecks):
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
