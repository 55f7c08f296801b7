"""The fourteenth game-chat probe (issue 8): match chat's flaming in four shapes (a weak
name-call said of a role, hero or nick in the third person; team blame and sarcasm; orders
to give the match up; misspelled and spaced-out flaming) and the game talk, self-blame and
friendly swearing beside them, measured at default settings (`Scorer()`). The lines are in
gamechat14_probe_lines.py and gamechat14_holdout_lines.py, written before any rule.

On main before the round, the studied part (54 hostile, 46 clean, 12 of them untargeted
swearing): 28 caught, 0 clean flagged, swearing 0 of 12, F1 0.683. After
targeting_gamechat14.py, the "gamechat14" lexicon lines and the fixes in
targeting_gamechat12.py and targeting_person.py: 42 caught, 0 flagged, swearing 0 of 12,
F1 0.875.

The held-back batch (45 hostile, 45 clean, 10 of them swearing), counted only at the
start and the end: before, 26 caught, 2 clean flagged, swearing 0 of 10, F1 0.712; after,
32 caught, 2 flagged, swearing 0 of 10, F1 0.810 (its misses after: "axe is clueless",
"void has no brain", heroes no list of gamechat12 holds; "our safelane is a dog", a lane
word no list holds; "this slark is braindead", "this storm is a potato", "this mirana is
retarded", a pointer before a hero; "mid has no hands", left out of the lexicon; "gg no
sup", "sup" left out; "gj dying", "gj losing lane", no sabotage word; "well done genius",
praise to gamechat7; "just leave mid"; "retart"; its false flags "their jungler is a
monster" and "their sniper is braindead easy to kill"). The floors below are that final
count.
"""

from __future__ import annotations

from tests.core.scoring import gamechat14_holdout_lines as held
from tests.core.scoring import gamechat14_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# The studied part's misses after the round: "has no hands" (left out of the lexicon: its
# anchor's typo "hans" hid a name); a pointer before a hero ("this invoker is hopeless",
# "this lion is retarded", a lion read as the animal: gamechat8 leaves "this <hero>" to the
# kit); "no idea what hes doing"; "clown" after a position number; sarcasm with no hostile
# word ("thanks for the feed mid", "gg thanks to our carry", "wow what a support", "best
# mid in the world lol", "well played genius", read as praise by gamechat7); "go play
# another game" ("another" would anchor the index); "fking retart" ("retart" left out: its
# typo "retrat" is chat's "retreat").
KNOWN_MISSES: frozenset[str] = frozenset({
    "carry has no hands", "this invoker is hopeless", "mid has no idea what hes doing",
    "gg thanks to our carry", "wow what a support",
    "best mid in the world lol", "go play another game", "fking retart",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.87
HELD_F1_FLOOR = 0.81
SWEARING_CEILING = 0.0
HELD_SWEARING_CEILING = 0.0


class TestGameChat14Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=HELD_SWEARING_CEILING,
        held_f1_floor=HELD_F1_FLOOR,
        held_caught_floor=32,
        held_flagged_cap=2,
    )
