"""The discord28 probe (issue 8): Discord lines between teenagers in the round's shapes
(a member called a social flop: "ur so corny", "ur so dry", "ur unbearable"; a member's
jokes, humor or voice put down: "ur jokes are so corny", "ur humor is trash") and clean
chat that looks alike (the same words at no one, at oneself or at a thing, denied, kind
turns, game and show talk), measured at default settings (`Scorer()`). The lines are in
discord28_probe_lines.py and discord28_holdout_lines.py.

On base26 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 7 caught, 0 clean flagged, 0 swearing flagged. After targeting_discord28.py
and its lexicon lines: 30 caught, 0 flagged, 0 swearing flagged (the five left use
"irritating", a said-of-group word kept out of the lexicon, or "kinda corny", "really
corny", whose phrases would open on everyday words).

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 3 caught, 0 flagged,
0 swearing flagged; after, 27 caught, 0 flagged, 0 swearing flagged (the 13 left use
"irritating", a bare "corny", "kinda dry", "u so", or an untermed "bad").
Its totals were also printed once mid-round by a slip (27, 0, 0, no lines read); no
rule changed after for it. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord28_holdout_lines as held
from tests.core.scoring import discord28_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: the studied "irritating" and "kinda corny" lines stay missed.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "you're so irritating",
        "ur honestly so irritating",
        "ur kinda corny ngl",
        "you're really corny",
        "ur voice is so irritating",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.92  # 30 of 35 caught, 0 flagged: 0.923
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 27  # the final count (3 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestDiscord28Probe(ProbeRoundChecks):
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
