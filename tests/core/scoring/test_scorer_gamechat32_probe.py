"""The gamechat32 probe (issue 8): game chat (Dota 2, League, Valorant, Overwatch, CS) in
the round's shapes (a name-call right before a hero or a role anywhere in its sentence:
"classic useless mercy", "blame stupid pudge"; a swear as the adjective on one: "fucking
jett", "this fucking alch") and clean chat that looks alike (the same words at no one, at
oneself or at a thing, denied, asked, quoted, kind turns, plain game talk), measured at
default settings (`Scorer()`). The lines are in gamechat32_probe_lines.py and
gamechat32_holdout_lines.py.

On base27 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 9 caught, 2 clean flagged, 0 swearing flagged. After targeting_gamechat32.py
and scorer.py reading a sworn player past its swearing shortcut: 34 caught, 2 flagged, 0
swearing flagged (the one left, "ur fucking carry is afk", has an everyday role noun that
does not close its clause; the two flagged, "no one is a useless support, everyone
learns" and "ez game ggwp", were flagged by older rules before the round and are not its
shapes).

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 15 caught, 2 flagged,
0 swearing flagged; after, 37 caught, 2 flagged, 0 swearing flagged (its lines
not read). Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat32_holdout_lines as held
from tests.core.scoring import gamechat32_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: an everyday role noun that goes on ("carry is afk").
KNOWN_MISSES: frozenset[str] = frozenset({"ur fucking carry is afk"})
# Flagged by older rules before the round (a denial with "no one", "ez game").
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {"no one is a useless support, everyone learns", "ez game ggwp"}
)

TUNE_F1_FLOOR = 0.95  # 34 of 35 caught, 2 flagged: 0.958
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (15 at the start)
HELD_FLAGGED_CAP = 2  # the final count (2 at the start)


class TestGameChat32Probe(ProbeRoundChecks):
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
