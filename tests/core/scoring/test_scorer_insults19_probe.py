"""The insults19 probe (issue 8): comment-section and tweet lines in the round's shapes
(an order about "it" closed by a bare name-call; a sneering question about the reader's
reading or thinking; the reader's kind or ilk; the reader taken seriously by no one; a
chant to jail a person) and clean lines that look alike (the same words about oneself,
questions asked in good faith, kind words, reports, things locked up), measured at
default settings (`Scorer()`). The lines are in insults19_probe_lines.py and
insults19_holdout_lines.py.

On base19 before the round, the studied part (36 hostile, 30 clean, 6 untargeted
swearing): 1 caught, 0 clean flagged, 0 swearing flagged. After targeting_insults19.py
and its lexicon lines: 28 caught, 0 flagged, 0 swearing flagged.

The held-back part (41 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 3 caught, 0 flagged,
0 swearing flagged; after, 29 caught, 0 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import insults19_holdout_lines as held
from tests.core.scoring import insults19_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Shapes left out: "dummy" weighs below the threshold on its own (friendly as often),
# "genius" is read as praise, "what planet are you on" is read both ways by the insult
# set's annotators (insult.txt), and the chant "lock her up" was built and removed: the
# data's annotators mark it as no insult as often as an insult.
KNOWN_MISSES: frozenset[str] = frozenset({
    "spell it right dummy",
    "go read it yourself genius",
    "what planet are you on?",
    "what planet do you live on",
    "@USER lock her up",
    "lock him up!",
    "lock her up already",
    "@USER @USER lock him up #MAGA",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.87  # 28 of 36 caught, 0 flagged: 0.875
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 29  # the final count (3 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestInsults19Probe(ProbeRoundChecks):
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
