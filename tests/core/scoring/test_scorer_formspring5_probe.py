"""The formspring5 probe (issue 8): a teenager's body part judged by a flaw, said to the
reader ("ya teeth are fcked up", "ur eyebrows are so weird", "your skin is so greasy") or
asked as a "why ... so" taunt ("why are ur legs so hairy"), the clean lines in the same
words (the writer's own body, negations, conditions and advice, sincere yes/no questions,
reports and counter-speech, things that are no body part, the past), and friendly
swearing, measured at default settings (`Scorer()`). The lines are in
formspring5_probe_lines.py and formspring5_holdout_lines.py.

On bc81d1d6 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 0 clean flagged, 0 swearing flagged. After targeting_formspring5.py:
24 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on bc81d1d6, 6 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After, counted once after the last change and the passing tests:
27 of 40 caught, 2 of 40 flagged (the same count as before the round), 0 of 6 swearing
flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import formspring5_holdout_lines as held
from tests.core.scoring import formspring5_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "weird", "dirty" and "stinky" are en/cues.txt [said_of_group] words, read only of a
# named group; made lexicon words they lost that reading ("the dirty liberals", "a weird
# animal"), so the round reads no flaw in them; nor in "messed up", whose line took
# Italian's "messe a tacere" (an italian45 probe line) from its own line.
KNOWN_MISSES: frozenset[str] = frozenset({
    "ur eyebrows are so weird", "your nose is so weird", "lol your ears are weird",
    "ur hair is so dirty", "honestly your hair looks dirty",
    "why does your hair look so dirty", "your breath is so stinky",
    "ur teeth are so messed up", "your eyebrows look messed up",
    "your teeth are really messed up", "why are ur teeth so messed up",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.81  # 24 of 35 caught, 0 flagged: 0.814
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 27  # the final count (6 of 40 on bc81d1d6)
HELD_FLAGGED_CAP = 2  # the final count (2 of 40 on bc81d1d6)


class TestFormspring5Probe(ProbeRoundChecks):
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
