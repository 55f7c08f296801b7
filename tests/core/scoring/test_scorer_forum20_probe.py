"""The forum20 probe (issue 8): Reddit-like comments in the round's shapes (a commenter
derogated by role, "you people" and "people like you" judged, a dismissal with an
insult, an insult by comparison, sarcasm closed by a verdict, a group derogated by a
behaviour) and clean comments that look alike (criticism of ideas, profanity at a
situation, quoted or reported insults, self-deprecation, a behaviour of a thing or a
child), measured at default settings (`Scorer()`). The lines are in
forum20_probe_lines.py and forum20_holdout_lines.py.

On base19 before the round, the studied part (37 hostile, 36 clean, 6 untargeted
swearing): 18 caught, 1 clean flagged, 0 swearing flagged. After targeting_forum20.py,
its lines in forum4 and its lexicon lines: 35 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 38 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 22 caught, 2 flagged,
0 swearing flagged; after, 36 caught, 1 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import forum20_holdout_lines as held
from tests.core.scoring import forum20_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "you people are unbelievable": praise as often ("you people are unbelievable, thank you");
# "the mods can't stop power tripping": a lexicon line with "power" changed unrelated
# readings ("son of a bitch, the power went out").
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "you people are unbelievable",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 35 of 37 caught, 0 flagged: 0.972
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 36  # the final count (22 at the start)
HELD_FLAGGED_CAP = 1  # the final count (2 at the start)


class TestForum20Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
