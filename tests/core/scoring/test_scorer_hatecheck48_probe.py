"""The hatecheck48 probe (issue 8): exclusion and objectification of a named group as a
functional hate-speech suite writes it: told to go back or sent back ("muslims should go
back to their own country", "send them all back where they came from"), said not to
belong or to have no place here ("immigrants don't belong here"), kept from children
("gay people shouldn't be allowed near children") and reduced to objects or property
("women are nothing more than objects", "women are property"); with the clean lines in
the same words (travel, parcels, stoves, welcome, counter-speech, questions, reported
speech, denial, non-protected targets) and friendly swearing, measured at default
settings (`Scorer()`). The lines are in hatecheck48_probe_lines.py and
hatecheck48_holdout_lines.py.

On 914d909d before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 28 caught, 2 clean flagged, 0 swearing flagged. After targeting_hatecheck48.py
and the "couples" people cue: 32 caught, 1 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 914d909d, 30 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 33 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck48_holdout_lines as held
from tests.core.scoring import hatecheck48_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# No rule for these: a group sent back with no exclusion term ("on the next boat"), a
# group the lexicon does not name ("wives").
KNOWN_MISSES: frozenset[str] = frozenset({
})  # fmt: skip
# Trolls told they are unwelcome: the older insult reading of a group of trolls.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"trolls are not welcome here"})

TUNE_F1_FLOOR = 0.94  # 32 of 35 caught, 1 flagged: 0.941
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 33  # the final count (30 of 40 on 914d909d)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on 914d909d)


class TestHateCheck48Probe(ProbeRoundChecks):
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
