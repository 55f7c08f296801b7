"""The hatecheck39 probe (issue 8): hate against a named identity group with no insult
word (a bad habit pinned with a bare verb, "muslims always whine", "immigrants always
play the victim", "disabled people are always asking for handouts"; othering, "black
people aren't like us"; the group as the insult, "such a muslim thing to do") and clean
lines that look alike (non-protected groups and roles, neutral or kind habits,
counter-speech, denial, questions, reported speech, the writer's own group), measured at
default settings (`Scorer()`). The lines are in hatecheck39_probe_lines.py and
hatecheck39_holdout_lines.py.

On base31 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 1 caught, 0 clean flagged, 0 swearing flagged. After targeting_hatecheck39.py
and its lexicon lines: 33 caught, 0 flagged, 0 swearing flagged (the two left: "play the
race card", whose index word "race" undid the joined "racemixing" of "race mixing" and
was dropped, and "they will never be one of us, these immigrants", the group named after
the claim).

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 2 caught, 0 flagged, 0
swearing flagged; after, 35 caught, 0 flagged, 0 swearing flagged. One of its lines
was rewrapped mid-round (ruff's line length; no word changed, no count read). Only
floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck39_holdout_lines as held
from tests.core.scoring import hatecheck39_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: a dropped "race card" line and a group named after the claim.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "black people always play the race card",
        "they will never be one of us, these immigrants",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 33 of 35 caught, 0 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 35  # the final count (2 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestHateCheck39Probe(ProbeRoundChecks):
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
