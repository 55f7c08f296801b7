"""The discord32 probe (issue 8): Discord lines between teenagers in the round's shapes
(condescension aimed at the reader: "you didn't even read it did you", "bro really
thought he did something", "u really thought that was funny", "did your mom dress you",
"ur so weird stop talking") and clean chat that looks alike (the same words at no one,
at oneself or at a thing, denied, kind turns, reported, asked, quoted, a story's third
person), measured at default settings (`Scorer()`). The lines are in
discord32_probe_lines.py and discord32_holdout_lines.py.

On base30 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 4 caught, 0 clean flagged, 0 swearing flagged. After targeting_discord32.py
and its lexicon lines: 31 caught, 0 flagged, 0 swearing flagged (the four left: "who cut
your hair, your enemy?", whose jab is in the words after it, and three "weird" lines
whose second cue is weak: "stop talking", "it's creepy", "why").

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 7 caught, 0 flagged,
0 swearing flagged; after, 33 caught, 0 flagged, 0 swearing flagged (the seven left:
"the main character", dropped from the terms for discord20's "your character is so
stupid", two outfit and hair questions in other words, and four weakly cued "weird"
lines). Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord32_holdout_lines as held
from tests.core.scoring import discord32_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: the hair question and the weakly cued "weird" lines stay missed.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "who cut your hair, your enemy?",
        "ur so weird stop talking",
        "why are u so weird",
        "you're so weird it's creepy",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.93  # 31 of 35 caught, 0 flagged: 0.939
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 33  # the final count (7 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestDiscord32Probe(ProbeRoundChecks):
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
