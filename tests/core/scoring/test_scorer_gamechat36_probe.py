"""The gamechat36 probe (issue 8): game chat that gives a verdict on a teammate named by
hero, agent or role (after "this", "that" or "our": "this jett is trash", "our legion is
shit"; a skill failing: "our sova has no aim", "sage never heals"; a bad score quoted at
a role: "adc 0/10") and clean chat that looks alike (the hero's balance, a thing of the
hero's, the enemy, the writer, asked, reported, praise), measured at default settings
(`Scorer()`). The lines are in gamechat36_probe_lines.py and gamechat36_holdout_lines.py.

On base31 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 1 caught, 2 clean flagged, 1 swearing flagged. After targeting_gamechat36.py
and its lexicon lines: 21 caught, 2 flagged, 1 swearing flagged. Left: five quote a bad
score ("adc 0/10", "mid 2/12 gg"), not built; nine are a bare verdict after "this" or
"that" ("this jett is trash", "this pudge is garbage"), built first and then narrowed to
an intensifier or "so" because gamechat12's table and gamechat34's probe keep "this sven
is trash" clean (the champion judged). The flags are the base's: "their jett is trash",
"our jett isnt trash", and "gg ez" in a swearing line.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 5 caught, 5 flagged,
0 swearing flagged; after, 21 caught, 5 flagged, 0 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat36_holdout_lines as held
from tests.core.scoring import gamechat36_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: a bad score quoted at a role or hero (not built), a bare verdict
# after "this" or "that" (the champion judged, gamechat12 and gamechat34), and the base's
# flags of the enemy's hero, a denial and "gg ez".
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "this jett is trash",
        "this pudge is garbage",
        "this invoker is useless",
        "that pudge is terrible",
        "this jett is dogshit",
        "this pudge is pathetic",
        "this jett trash",
        "lol this sova is garbage",
        "this meepo is hopeless",
        "invoker 0/11 gg go next",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {
        "their jett is trash",
        "our jett isnt trash",
        "hell yeah gg ez game boys",
    }
)

TUNE_F1_FLOOR = 0.72  # 21 of 35 caught, 2 flagged: 0.724
SWEARING_CEILING = 0.17  # 1 of 6 studied swearing lines flagged ("gg ez"), the base's
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 21  # the final count (5 at the start)
HELD_FLAGGED_CAP = 5  # the final count (5 at the start)


class TestGameChat36Probe(ProbeRoundChecks):
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
