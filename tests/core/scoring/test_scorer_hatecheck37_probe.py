"""The hatecheck37 probe (issue 8): a member's place or success called undeserved because
of their identity group ("she only got the job because she's black", "he's only here
because of diversity quotas", "another diversity hire", "they only let her in because
she's a woman") and clean lines that look alike (a reason that is no group, the writer's
own luck, the claim denied, countered, asked or reported, kind words), measured at
default settings (`Scorer()`). The lines are in hatecheck37_probe_lines.py and
hatecheck37_holdout_lines.py.

On base30 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 1 clean flagged ("he said she was a diversity hire, what a clown":
"what a clown" read at the sayer, an older reading), 0 swearing flagged. After
targeting_hatecheck37.py and its lexicon lines: 34 caught, 1 flagged (the same line), 0
swearing flagged (the one left, "because of dei", has no term: "dei" is an everyday
Italian word).

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 0 caught, 0 flagged, 0
swearing flagged; after, 38 caught, 0 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck37_holdout_lines as held
from tests.core.scoring import hatecheck37_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: "dei" alone is no term.
KNOWN_MISSES: frozenset[str] = frozenset({"he only got the job because of dei"})
# An older reading: "what a clown" said of the one who reported the claim.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"he said she was a diversity hire, what a clown"})

TUNE_F1_FLOOR = 0.97  # 34 of 35 caught, 1 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 38  # the final count (0 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestHateCheck37Probe(ProbeRoundChecks):
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
