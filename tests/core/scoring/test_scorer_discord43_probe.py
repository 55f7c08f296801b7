"""The discord43 probe (issue 8): Discord roasts aimed at the reader in current chat slang
that the older rules missed: a roast compound ("fatherless behavior", "bot ahh reply"),
the reader's manner likened to a child's or a bot's ("you type like a 5 year old", "u talk
like a toddler"), "didnt ask + L", "you're adopted", a roast word after a dismissal ("ok
nerd", "whatever unfunny", "ok ugly ass"), "why are you like this"; the clean lines in
the same words (the writer's own self, things, friendly nerd talk, questions, reported
speech, quotes, banter such as "skill issue"), and friendly swearing, measured at default
settings (`Scorer()`). The lines are in discord43_probe_lines.py and
discord43_holdout_lines.py.

On e54dc888 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 2 caught, 0 clean flagged, 0 swearing flagged. After targeting_discord43.py:
34 caught, 0 flagged, 0 swearing flagged. The one miss, "virgin energy", has its
"virgin" read as profanity, which the rules' chain never aims.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on e54dc888, 11 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
39 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord43_holdout_lines as held
from tests.core.scoring import discord43_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "virgin" is read as profanity, which no targeting rule sees.
KNOWN_MISSES: frozenset[str] = frozenset({"virgin energy"})
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (11 of 40 on e54dc888)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on e54dc888)


class TestDiscord43Probe(ProbeRoundChecks):
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
