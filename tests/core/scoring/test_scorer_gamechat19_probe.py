"""The gamechat19 probe (issue 8): game chat of other games than Dota in the round's
shapes ("ass" as a verdict on a player, "ur bad", "ur a dog", "you have no hands",
a hero's player said to suck, the mother joke of last night) and clean chat of the
look-alikes (a thing called ass, a thing named after the verdict, a hero's kit, a
matchup, a saying talked about, a mother's real evening), measured at default settings
(`Scorer()`). The lines are in gamechat19_probe_lines.py and gamechat19_holdout_lines.py.

On main before the round, the studied part's first batch (38 hostile, 35 clean, 5
untargeted swearing): 8 caught, 3 clean flagged, 0 swearing flagged; with the second
batch (a low IQ told, a carried player, "youre the reason"; 50 hostile, 47 clean): 8
caught, 3 flagged. After targeting_gamechat19.py, its lexicon lines and insults8's
"youre": 38 caught, 0 flagged, 0 swearing flagged.

The held-back part (50 hostile, 49 clean, 6 swearing; its second batch written with the
probe's second batch, before its rules), counted only at the start and the end: before,
14 caught, 3 flagged, 0 swearing flagged; after, 37 caught, 1 flagged,
0 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat19_holdout_lines as held
from tests.core.scoring import gamechat19_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left out: "this reyna is ass" (gamechat8 reads "this <hero>" as the champion judged, as
# it reads "this yasuo is trash"); a bare "suck" is a swearing verb, never hostile alone
# ("PUDGE SUCK"); "get rekt" was tried and dropped: game chat's annotators read the gloat
# as banter (conda_train's O controls rose with it); "we keep losing" is no harm insults8
# knows; "l2p" is also "looking to play" (gamechat6 keeps it clean). "actually ass",
# "zero iq" and "negative iq" were lines once: their new rule words ("actually", "zero",
# "negative") moved other readings ("pathetic actually."), so they were dropped.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "this reyna is ass", "get rekt", "get rekt kid",
        "negative iq play", "youre the reason we keep losing", "ur actually ass",
        "mid is actually ass", "zero iq jungler", "l2p", "l2p pls",
    }
)  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.86  # 38 of 50 caught, none flagged: 0.864
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 37  # the final count (14 at the start)
HELD_FLAGGED_CAP = 1  # the final count (3 at the start)


class TestGameChat19Probe(ProbeRoundChecks):
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
