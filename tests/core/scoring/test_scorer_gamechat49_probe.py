"""The gamechat49 probe (issue 8): Dota 2 chat that puts a player down by a rank, a skill
or an animal label ("boosted monkey", "hardstuck herald", "u belong in low prio", "peak 900
mmr behavior", "dogshit positioning from our carry"); the clean lines in the same words
(the writer's own rank or play, friendly banter, "monkey king bar", reported and denied
labels) and untargeted swearing, measured at default settings (`Scorer()`). The lines are
in gamechat49_probe_lines.py and gamechat49_holdout_lines.py.

On d105c1c7 before the round, the studied part (36 hostile, 32 clean, 6 untargeted
swearing): 11 caught, 1 clean flagged, 0 swearing flagged. After targeting_gamechat49.py
and its lexicon lines: 31 caught, 1 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on d105c1c7, 12 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 33 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat49_holdout_lines as held
from tests.core.scoring import gamechat49_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A rank before a hero with no label word ("typical 1k mmr invoker"), a bought account, the
# reader's bare "play like", "monkey" before a hero (Monkey King is a Dota hero: "this
# monkey" is as often the player of it), and a division before the label (the folding
# reads a term's "4" as "a", "5" as "s": "op's brain").
KNOWN_MISSES: frozenset[str] = frozenset({
    "typical 1k mmr invoker", "boosted account buyer", "play like a herald",
    "this monkey pudge", "gold 4 mentality",
})  # fmt: skip
# "is boosted" read as said of the reader, before the round.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "nobody is boosted, we just lost lanes",
})  # fmt: skip

TUNE_F1_FLOOR = 0.91  # 31 of 36 caught, 1 flagged: 0.912
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 33  # the final count (12 of 40 on d105c1c7)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on d105c1c7)


class TestGameChat49Probe(ProbeRoundChecks):
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
