"""The discord44 probe (issue 8): Discord-style lines aimed at the reader that the older
rules missed: slang blows to a part of the reader's body said with "we gonna", "ima" or
"i'll" ("we gonna stomp ur head in", "i'll kick ur jaw", "gonna slap ur teeth out"), a
dismissive name-call closing a line ("whatever you say nerd", "k clown"), roast labels
("virgin energy", "you give off creep vibes", "main character syndrome ass"); the clean
lines in the same words (game and everyday verbs, self-talk, things, friendly
dismissals) and meme dialogue retold between the writer and a third party ("me: hey.
her: fuck off loser"), and friendly swearing, measured at default settings (`Scorer()`).
The lines are in discord44_probe_lines.py and discord44_holdout_lines.py.

On d105c1c7 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 14 caught, 7 clean flagged (the meme dialogue), 0 swearing flagged. After
targeting_discord44.py: 35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on d105c1c7, 21 of 40 caught, 7 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
37 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord44_holdout_lines as held
from tests.core.scoring import discord44_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.99  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (21 of 40 on d105c1c7)
HELD_FLAGGED_CAP = 0  # the final count (7 of 40 on d105c1c7)


class TestDiscord44Probe(ProbeRoundChecks):
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
