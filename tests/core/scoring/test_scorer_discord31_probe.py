"""The discord31 probe (issue 8): Discord lines between teenagers that aim hostility at
the reader in shapes the base missed (the reader's head or brain judged: "ur brain is
empty", "your head is full of air"; a habit thrown at the reader: "you talk too much",
"u never shut up"; what the reader said dismissed: "nobody laughed", "ok and? nobody
cares"; "weird" with a second hostile cue: "ur so weird stop talking") and clean chat
that looks alike (the same words at oneself, at a thing, denied, kind, reported, asked,
quoted, of a third person), measured at default settings (`Scorer()`). The lines are in
discord31_probe_lines.py and discord31_holdout_lines.py.

On base29 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 7 caught, 0 clean flagged, 0 swearing flagged. After targeting_discord31.py
and its lexicon lines: 32 caught, 0 flagged, 0 swearing flagged (the three left are the
"weird" lines: no "weird" shape was built, a bare "weird" being a said-of-group word
kept out of the lexicon).

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 8 caught, 0 flagged,
0 swearing flagged; after, 34 caught, 0 flagged, 0 swearing flagged (the 6 left: three
"weird" lines, a head with "actually" between, "you're" before an older "-ing" habit
and "ruin it"). Its lines were read only after this final count; no rule changed after.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord31_holdout_lines as held
from tests.core.scoring import discord31_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: the studied "weird" lines stay missed (no "weird" shape built).
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "ur so weird stop talking",
        "you're so weird its creepy",
        "ur weird af stop",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 32 of 35 caught, 0 flagged: 0.955
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 34  # the final count (8 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestDiscord31Probe(ProbeRoundChecks):
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
