"""The discord16 probe (issue 8): Discord chat lines in the round's shapes (exclusion,
threats, self-harm encouragement, body shaming, sexual harassment, insults to the reader
and to a third person in chat slang) and clean chat that looks alike (support for an
excluded friend, praise in a put-down's words, quoted sayings and memes, pictures of a
thing, game talk with "jump"), measured at default settings (`Scorer()`). The lines are
in discord16_probe_lines.py and discord16_holdout_lines.py.

On main before the round, the studied part (41 hostile, 38 clean, 6 untargeted
swearing): 33 caught, 6 clean flagged, 0 swearing flagged. After targeting_discord16.py,
its lexicon lines and the chat tags at depth: 38 caught, 0 flagged, 0 swearing flagged.

The held-back part (41 hostile, 40 clean, 7 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 31 caught, 2 flagged,
0 swearing flagged; after, 32 caught, 0 flagged, 0 swearing flagged. Only floors are
kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord16_holdout_lines as held
from tests.core.scoring import discord16_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left for a later round: a likeness to a thing ("looks like a thumb", "built like a
# fridge") mocks a body with no body word; "nice ass" praises a car as often.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "bro looks like a thumb 💀", "ur built like a fridge lmao ugly",
        "nice ass send more pics",
    }
)  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 38 of 41 caught, none flagged: 0.962
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 32  # the final count (31 at the start)
HELD_FLAGGED_CAP = 0  # the final count (2 at the start)


class TestDiscord16Probe(ProbeRoundChecks):
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
