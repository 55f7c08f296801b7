"""The forum18 probe (issue 8): Reddit-like comments in the round's shapes (derogation
of an affiliation, of a community named as a place, dehumanising words and portmanteau
slurs at a camp, Reddit-register abuse of the person replied to) and clean comments
that look alike (criticism of ideas and policies, neutral and self mentions of the
groups, profanity alone, counter-speech, other things called names), measured at
default settings (`Scorer()`). The lines are in forum18_probe_lines.py and
forum18_holdout_lines.py.

On main before the round, the studied part (42 hostile, 35 clean, 6 untargeted
swearing): 34 caught, 1 clean flagged, 0 swearing flagged. After targeting_forum18.py
and its lexicon lines: 41 caught, 1 flagged, 0 swearing flagged.

The held-back part (41 hostile, 40 clean, 7 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 35 caught, 1 flagged,
0 swearing flagged; after, 35 caught, 1 flagged, 0 swearing flagged, line for line the
same verdicts: the round's rules did not carry to the held-back wording (its misses are
other shapes: a wing as the group, "the left are lunatics"; a shill with a word between,
"you're obviously a shill"; "another snowflake triggered"). Only floors are kept.
"""

from __future__ import annotations

from tests.core.scoring import forum18_holdout_lines as held
from tests.core.scoring import forum18_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# Counter-speech whose rebuke speaks to a generic "you" ("... makes you look dumb"),
# read as said to the reader by the older rules (flagged on main too).
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {
        "using words like trumptard makes you look dumb",
    }
)  # fmt: skip

TUNE_F1_FLOOR = 0.97  # 41 of 42 caught, 1 flagged: 0.976
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 35  # the final count (35 at the start)
HELD_FLAGGED_CAP = 1  # the final count (1 at the start)


class TestForum18Probe(ProbeRoundChecks):
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
