"""The discord41 probe (issue 8): social exclusion and harassment of the reader in
Discord and teen chat ("nobody wants you here", "just leave the server already", "we all
hate you", "you're not invited lol", "get out of our vc", "go cry to your mom", "nobody
asked you", "ratio + you fell off + no friends", "pls leave the group chat", "everyone
ignores you"), the clean lines in the same words (a dislike of food, days, patches and
updates, server settings, invitations given, errands, and kind lines to the reader:
"nobody wants you to leave", "no one hates you", "you're not invited? i'll fix that"),
and friendly swearing, measured at default settings (`Scorer()`). The lines are in
discord41_probe_lines.py and discord41_holdout_lines.py.

On cdf2cea2 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 33 caught, 4 clean flagged, 0 swearing flagged. After targeting_discord41.py
and its lexicon lines: 35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on cdf2cea2, 34 of 40 caught, 7 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 35 of 40 caught, 3 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import discord41_holdout_lines as held
from tests.core.scoring import discord41_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 1.0  # 35 of 35 caught, 0 flagged
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 35  # the final count (34 of 40 on cdf2cea2)
HELD_FLAGGED_CAP = 3  # the final count (7 of 40 on cdf2cea2)


class TestDiscord41Probe(ProbeRoundChecks):
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
