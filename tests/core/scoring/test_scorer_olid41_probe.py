"""The olid41 probe (issue 8): a pointed person ("this", "that", "the", "a" opening its
sentence) called by a name-call, judging words between ("that dumb bitch", "the old
hag", "this little rat"), as the subject of what only a person does ("that dumb bitch
blocked me", "the moron lied again", "a bitch is complaining to my manager about me"),
the clean lines in the same words (animals and things doing what they do, literal
clowns, reports, the writer's own, fondness, counter-speech and questions), and friendly
swearing, measured at default settings (`Scorer()`). The lines are in
olid41_probe_lines.py and olid41_holdout_lines.py.

On 971a056c before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 5 caught, 1 clean flagged, 0 swearing flagged. After targeting_olid41.py: 32
caught, 1 flagged (the same one, an older reading), 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 971a056c, 4 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
38 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid41_holdout_lines as held
from tests.core.scoring import olid41_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "rat" weighs too little to flag said of a person (olid8's choice); "bat" is no
# lexicon name-call.
KNOWN_MISSES: frozenset[str] = frozenset({
    "this little rat lied to my face",
    "the filthy rat snitched on me",
    "the old bat is yelling at the kids again",
})  # fmt: skip
# Flagged on 971a056c already: "idiot" read of him after "he is no".
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"he is no idiot, he tweeted the facts"})

TUNE_F1_FLOOR = 0.93  # 32 of 35 caught, 1 flagged: 0.941
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 38  # the final count (4 of 40 on 971a056c)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on 971a056c)


class TestOlid41Probe(ProbeRoundChecks):
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
