"""The gamechat47 probe (issue 8): flaming in the chat of games other than Dota 2
(League, Valorant, Counter-Strike, Overwatch, Fortnite, Minecraft, Roblox, Call of
Duty): ranks said of a player ("hardstuck iron jungler", "you belong in low elo"), game
verbs for wrecking a game said of a player ("our jungle is inting", "bot frag sova"),
"go back to fortnite kid" dismissals; the clean lines in the same words (the writer's
own rank, questions, rules talk, "go back to base") and untargeted swearing, measured at
default settings (`Scorer()`). The lines are in gamechat47_probe_lines.py and
gamechat47_holdout_lines.py.

On e54dc888 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 22 caught, 3 clean flagged, 0 swearing flagged. After targeting_gamechat47.py
and its lexicon lines: 32 caught, 2 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on e54dc888, 28 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 32 of 40 caught, 1 of 40 flagged, 0 of 6 swearing
flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat47_holdout_lines as held
from tests.core.scoring import gamechat47_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# No hostile word to hang a rule on ("monkey" alone is no lexicon word, on purpose), or a
# bare report order that is as often a fair call.
KNOWN_MISSES: frozenset[str] = frozenset({
    "bronze player detected", "boosted monkey", "report our ad",
})  # fmt: skip
# "ez game" is a gloat in CONDA's labels even before "gg wp"; "is he inting or just bad?"
# offers two put-downs to choose from.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "ez game, gg wp", "is he inting or just bad?",
})  # fmt: skip

TUNE_F1_FLOOR = 0.92  # 32 of 35 caught, 2 flagged: 0.928
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 32  # the final count (28 of 40 on e54dc888)
HELD_FLAGGED_CAP = 1  # the final count (2 of 40 on e54dc888)


class TestGameChat47Probe(ProbeRoundChecks):
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
