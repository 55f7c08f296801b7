"""The discord38 probe (issue 8): a name-call or hate aimed at a third person in the
chat with the writer as the sentence's subject, which older rounds read as the writer
speaking of themself or of a thing ("i hate that bitch", "i'm blocking that asshole",
"i'm done with that idiot", "i hate him so much"), with the clean lines in the same words
(the writer naming themself, things, reported speech, fiction, negation, questions,
friendly swearing), measured at default settings (`Scorer()`). The lines are in
discord38_probe_lines.py and discord38_holdout_lines.py.

On dcc34c00 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 12 caught, 2 clean flagged (a character in a film or a show), 0 swearing
flagged. After targeting_discord38.py: 34 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on dcc34c00, 12 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 37 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import discord38_holdout_lines as held
from tests.core.scoring import discord38_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "them" is left out of the hate rule: it names things as often ("i hate them, spiders").
KNOWN_MISSES: frozenset[str] = frozenset({"honestly i hate them both"})
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (12 of 40 on dcc34c00)
HELD_FLAGGED_CAP = 1  # the final count (2 of 40 on dcc34c00)


class TestDiscord38Probe(ProbeRoundChecks):
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
