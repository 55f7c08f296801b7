"""The twelfth game-chat probe (issue 8): flaming shapes every game's chat writes ("ur so
bad", "uninstall", "kys" spelled out, "cry more", "sup diff", "ur mom", obfuscations,
all-caps rants) and the gaming talk that looks hostile ("kill the carry", "i'm feeding
sorry", "report bug"), measured at default settings (`Scorer()`). The lines are in
gamechat12_probe_lines.py and gamechat12_holdout_lines.py, written before any rule.

On main before the round, the studied part (82 hostile, 65 clean, 15 of them untargeted
swearing): 68 caught, 3 clean flagged, swearing 0 of 15, F1 0.889. After
targeting_gamechat12.py and the "gamechat12" lexicon lines: 74 caught, 2 flagged, F1
0.937, swearing 0 of 15.

The held-back batch (45 hostile, 46 clean, 12 of them swearing), counted only at the
start and the end: before, 39 caught, 3 clean flagged, swearing 0 of 12, F1 0.897; after,
the same 39, 3 and 0 of 12, F1 0.897: the round moved none of its lines (its misses were
"how is our sup this bad", "ur actually terrible lol", "stay bad kid", "go back to gold
kid", "worst team in the world", "STOP BEING SO BAD"; its false flags, "go back to
fountain", "she's a monster this game", "the boss is trash", all three flagged on main).
The floors below are that final count.
"""

from __future__ import annotations

from tests.core.scoring import gamechat12_holdout_lines as held
from tests.core.scoring import gamechat12_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# The studied part's misses after the round: "report"/"reported" and a player's sabotage
# said with no name-call (the Dota 2 annotators call these action, a control class); a
# rhetorical question or a rank order with no hostile word; "this HERO is X" (gamechat8
# leaves a pointed hero to the champion); "ur bad" (also "your bad", an apology).
KNOWN_MISSES: frozenset[str] = frozenset({
    "ff this guy is throwing",
    "how do you miss that every time", "reported for being trash", "reported for feeding",
    "this reyna is dogshit",
})  # fmt: skip
# Both flagged on main before the round.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"your mom called lol"})

TUNE_F1_FLOOR = 0.93
HELD_F1_FLOOR = 0.89
SWEARING_CEILING = 0.0
HELD_SWEARING_CEILING = 0.0


class TestGameChat12Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=HELD_SWEARING_CEILING,
        held_f1_floor=HELD_F1_FLOOR,
        held_caught_floor=39,
        held_flagged_cap=3,
    )
