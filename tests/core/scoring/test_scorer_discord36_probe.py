"""The discord36 probe (issue 8): the reader rejected, excluded or sent away with no
insult word, read as a whole line: a rejection then a dismissal ("i dont like u.
leave."), friendship or belonging denied ("ur not my friend", "we're not friends
anymore"), a bare wish of death ("pls die", "just die"); the clean lines in the same words
that must stay clean (a feeling about what the reader does, a possessive, a kinder
turn, asked or reported, wanting the reader to stay, leaving a game or a place, dying in
a game or of laughter), and friendly swearing, measured at default settings
(`Scorer()`). The lines are in discord36_probe_lines.py and discord36_holdout_lines.py.

On 38c2622d before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 19 caught, 1 clean flagged, 0 swearing flagged. After targeting_discord36.py:
35 caught, 1 flagged, 0 swearing flagged. The one false flag is an older round's
"nobody wants you" read before "to leave"; this round leaves it alone. At the merge the
coordinator narrowed the death wish to an urged one (conda_train's even rows label a
lone "die" as game talk far more often than an insult): 33 caught; "DIE" and "die.
seriously" are now known misses.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 38c2622d, 22 of 40 caught, 3 of 40 flagged, 0
of 6 swearing flagged. After, counted once after the last change and the passing suite
(22178 passed, 2 xfailed): 38 of 40 caught, 3 of 40 flagged, 0 of 6 swearing flagged;
recounted once after the merge's narrowing: 36 of 40 caught, 3 flagged, 0 swearing.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord36_holdout_lines as held
from tests.core.scoring import discord36_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A lone "die", not urged, is left to game talk (the merge's narrowing).
KNOWN_MISSES: frozenset[str] = frozenset({"DIE", "die. seriously"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 33 of 35 caught, 1 flagged: 0.957
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged at the start
HELD_CAUGHT_FLOOR = 36  # 36 of 40 after the merge (38 at the round's count, 22 on 38c2622d)
HELD_FLAGGED_CAP = 3  # 3 of 40 at the final count (3 on 38c2622d)


class TestDiscord36Probe(ProbeRoundChecks):
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
