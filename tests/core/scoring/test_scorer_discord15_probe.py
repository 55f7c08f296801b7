"""The discord15 probe (issue 8): Discord chat lines in the round's shapes (a name-call
ordered away, "ratio" dunks, disgust at a girl in vc, a streamer called a fraud,
exclusion) and clean chat of the shapes the older rules over-read (game advice with
"die", "you smell like <a nice thing>", game mobs, meeting friends, banter said with
love), measured at default settings (`Scorer()`). The lines are in
discord15_probe_lines.py and discord15_holdout_lines.py.

On main before the round, the studied part (34 hostile, 33 clean, 5 untargeted
swearing): 15 caught, 9 clean flagged, 1 swearing flagged. After targeting_discord15.py,
its lexicon lines and the fixes at depth (olid6's subjects, cues' [thing]): 31 caught,
0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 23 caught, 9 flagged,
1 swearing flagged; after, 28 caught, 1 flagged, 0 swearing flagged. Only floors are
kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord15_holdout_lines as held
from tests.core.scoring import discord15_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left for a later round: "baby" is no lexicon word, exclusion by gender with no disgust
# word.
KNOWN_MISSES: frozenset[str] = frozenset(
    {"quit being such a baby about it", "no girls in the vc pls"}
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 28  # the final count (23 at the start)
HELD_FLAGGED_CAP = 1  # the final count (9 at the start)


class TestDiscord15Probe(ProbeRoundChecks):
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
