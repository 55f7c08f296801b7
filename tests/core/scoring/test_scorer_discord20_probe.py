"""The discord20 probe (issue 8): Discord chat lines in the round's shapes (an
archetype's trait or a generation's brain sent as a label, a member's place in the room
questioned, the reader blamed for a dead room) and clean chat that looks alike (advice
with a kind reason, talk about a roast, a habit that makes anyone dumber, the same words
about oneself, reports, a kind word after the question, topic talk, friendly banter),
measured at default settings (`Scorer()`). The lines are in discord20_probe_lines.py
and discord20_holdout_lines.py.

On base19 before the round, the studied part (36 hostile, 32 clean, 6 untargeted
swearing): 4 caught, 11 clean flagged, 0 swearing flagged. After targeting_discord20.py
and its lexicon lines: 33 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 6 caught, 10 flagged,
0 swearing flagged; after, 33 caught, 2 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord20_holdout_lines as held
from tests.core.scoring import discord20_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left out: "main character syndrome" as a lexicon line made "character" a lexicon word,
# and unrelated readings moved ("your character is so stupid", a game's avatar).
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "main character syndrome",
        "main character syndrome much",
        "major main character syndrome",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 33 of 36 caught, 0 flagged: 0.957
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 33  # the final count (6 at the start)
HELD_FLAGGED_CAP = 2  # the final count (10 at the start)


class TestDiscord20Probe(ProbeRoundChecks):
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
