"""The gamechat50 probe (issue 8): Dota-style match chat aimed at a player named by hero or
role that the older rules missed: a curse at "the"/"this"/"our" hero or role ("fuck the
sf", "fuck our alche", "fuck this invoker lol"), a player named by hero or role called a
piece of shit ("this sf piece of shit", "that riki is a piece of shit") and a blame
question ("wtf is this lina doing", "wtf is wrong with our jungler"); the clean lines in
the same words (the game, a hero's kit or a thing of the hero's cursed, things called
pieces of shit, questions about things, game talk) and friendly swearing, measured at
default settings (`Scorer()`). The lines are in gamechat50_probe_lines.py and
gamechat50_holdout_lines.py.

On a494d2b5 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 8 caught, 1 clean flagged ("ez game", an older round's gloat), 0 swearing
flagged. After targeting_gamechat50.py: 31 caught, 1 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on a494d2b5, 12 of 40 caught, 5 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
32 of 40 caught, 5 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat50_holdout_lines as held
from tests.core.scoring import gamechat50_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# No lexicon hit in "what the fuck" or "fk"; "lion" is an ordinary word after "this".
KNOWN_MISSES: frozenset[str] = frozenset({
    "fk this slark",
    "this lion is such a piece of shit",
    "what the fuck is that pudge doing",
    "what the fuck is wrong with that slark",
})  # fmt: skip
# An older round's gloat at the reader.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"ez game"})

TUNE_F1_FLOOR = 0.92  # 31 of 35 caught, 1 flagged: 0.925
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 32  # the final count (12 of 40 on a494d2b5)
HELD_FLAGGED_CAP = 5  # the final count (5 of 40 on a494d2b5)


class TestGameChat50Probe(ProbeRoundChecks):
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
