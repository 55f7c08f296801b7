"""The thirteenth game-chat probe (issue 8): flaming shapes of any game's chat (a role,
hero or position named with a slur on its play, blame with a surrender call, "quit /
uninstall / delete the game", gloats such as "cry" and "dog water", leet and letter
repeats, Russian-transliterated and Spanish name-calls aimed at a player, short
insult-only lines) and the gaming talk that looks hostile (kill/push talk, "nice shot
fuck", a thing called trash, self-blame, friendly "blyat" and "puta madre"), measured at
default settings (`Scorer()`). The lines are in gamechat13_probe_lines.py and
gamechat13_holdout_lines.py, written before any rule.

On main before the round, the studied part (66 hostile, 49 clean, 15 of them untargeted
swearing): 43 caught, 3 clean flagged, swearing 1 of 15 ("fucking clutch"), F1 0.768.
After targeting_gamechat13.py and the "gamechat13" lexicon lines: 57 caught, 0 flagged,
swearing 0 of 15, F1 0.927.

The held-back batch (44 hostile, 46 clean, 12 of them swearing), counted only at the
start and the end: before, 32 caught, 2 clean flagged, swearing 0 of 12, F1 0.821; after,
35 caught, 2 flagged, swearing 0 of 12, F1 0.864 (its misses after: "this sova is
useless", a pointer the earlier rounds leave to the kit; "ana is clueless", "our top is a
dog", "our jungler is blind" under the third-person threshold; "pos 1 is retarded", a
position number; "afk carry again gg"; "bad kid lol", laughter read as a joke; "retrdd";
"ty dolboeb"; its false flags, "that was ez" and "gg ez game tho i was lucky", both
flagged on main). The floors below are that final count.
"""

from __future__ import annotations

from tests.core.scoring import gamechat13_holdout_lines as held
from tests.core.scoring import gamechat13_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# The studied part's misses after the round: "this tracer is garbage" (gamechat5 and
# gamechat12 pin "this <hero> is trash" as the champion's kit: left to them); a bare hero
# with a weaker name-call ("pudge is clueless", "top laner is a donkey") scores under the
# threshold said of a third person; sabotage said with no hostile word ("our healer is
# asleep again", "rat sage again", "gg carry afk again"); "retrded" alone (no one
# aimed at); Spanish's role word ("jungla manco"); a bare "bot" (gamechat8: a lane or an
# AI).
KNOWN_MISSES: frozenset[str] = frozenset({
    "this tracer is garbage", "our healer is asleep again",
    "rat sage again", "retrded",
    "jungla manco", "bot",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.92
HELD_F1_FLOOR = 0.86
SWEARING_CEILING = 0.0
HELD_SWEARING_CEILING = 0.0


class TestGameChat13Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=HELD_SWEARING_CEILING,
        held_f1_floor=HELD_F1_FLOOR,
        held_caught_floor=35,
        held_flagged_cap=2,
    )
