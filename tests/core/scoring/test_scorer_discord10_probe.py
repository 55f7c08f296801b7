"""The discord10 probe (issue 8): Discord servers and the chat of games other than Dota
2, measured at default settings (`Scorer()`). The lines are in discord10_probe_lines.py
and discord10_holdout_lines.py.

On main before the round, the studied part (84 hostile with the brief's 17, 61 clean,
12 untargeted swearing): 37 caught, 2 clean flagged, 0 swearing flagged, F1 0.602. After
targeting_discord10.py and its lexicon lines: 83 caught, 2 flagged, 0 swearing, F1 0.982.

The held-back part (43 hostile, 40 clean, 10 swearing), written after the studied part
and before any rule, counted only at the start and the end: before, 16 caught, 1
flagged, 0 swearing flagged, F1 0.533; after, 40 caught, 0 flagged, 0 swearing flagged,
F1 0.964. Only floors are kept for it.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import discord10_holdout_lines as held
from tests.core.scoring import discord10_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "see you after school" is said among friends as often as a threat.
KNOWN_MISSES: frozenset[str] = frozenset({"see you after school"})
# A question answered at once ("? its cool", "? i'll send you one") is not the put-down
# its first half reads as.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {"are you even looking at the map? its cool", "nobody invited you? i'll send you one"}
)  # fmt: skip

TUNE_F1_FLOOR = 0.97
HELD_F1_FLOOR = 0.95
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing


def test_brief_lines_are_caught(scorer: Scorer) -> None:
    """The brief's seventeen lines, all missed on main."""
    assert all(scorer.score(line).hostile for line in probe.BRIEF_HOSTILE)


class TestDiscord10Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(
            probe.BRIEF_HOSTILE + probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING
        ),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_f1_floor=HELD_F1_FLOOR,
        held_flagged_cap=0,  # none flagged at the end of the round
    )
