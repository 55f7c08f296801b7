"""The discord23 probe (issue 8): Discord chat lines in the round's shapes (a member's
words dismissed, mock pity, the reader's life mocked, the reader's family made a jab, a
pile of "ratio + L") and clean chat that looks alike (the same words about oneself,
support with a kind turn, talk of games, shows and updates, friendly banter), measured
at default settings (`Scorer()`). The lines are in discord23_probe_lines.py and
discord23_holdout_lines.py.

On base20 before the round, the studied part (39 hostile, 34 clean, 6 untargeted
swearing): 35 caught, 3 clean flagged, 0 swearing flagged; the lines of chat's "bro"
before a looks word, added before that shape's rule (6 hostile, 6 clean): 1 caught, 1
flagged. After targeting_discord23.py and its lexicon lines, the whole studied part (45
hostile, 40 clean, 6 swearing): 44 caught, 2 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 29 caught, 5 flagged,
0 swearing flagged; after, 31 caught, 4 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord23_holdout_lines as held
from tests.core.scoring import discord23_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left for a later round: the reader's mother given a lowly job or a look ("ur mom works
# at mcdonalds", read as a mother spoken of, not a retort), and "who asked?" answered by
# a kind turn that opens otherwise than the writer ("doesnt matter, i'll help u"); "the
# ugly duckling of the squad" read as a group's looks (an older reading).
KNOWN_MISSES: frozenset[str] = frozenset({
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "who asked? doesnt matter, i'll help u",
    "bro is the ugly duckling of the squad now lol, he grew up so fast",
})  # fmt: skip

TUNE_F1_FLOOR = 0.96  # 44 of 45 caught, 2 flagged: 0.967
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 31  # the final count (29 at the start)
HELD_FLAGGED_CAP = 4  # the final count (5 at the start)


class TestDiscord23Probe(ProbeRoundChecks):
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
