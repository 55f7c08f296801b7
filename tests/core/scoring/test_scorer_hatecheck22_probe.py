"""The hatecheck22 probe (issue 8): an English functional hate suite's shapes with no
lexicon word of hate, over nine groups (a group's humanity asked of, soft wishes of
disappearance, exclusion asked or set as a norm, punishment for being, claims about all
members, negated praise) and the clean contrasts (counter-speech quoting them, questions
in good faith, facts and news, positive claims, the shapes at things and at non-protected
targets, friendly swearing), measured at default settings (`Scorer()`). The lines are in
hatecheck22_probe_lines.py and hatecheck22_holdout_lines.py.

On main before the round, the studied part (36 hostile, 33 clean, 6 friendly swearing):
2 caught, 2 clean flagged, 0 swearing flagged. After targeting_hatecheck22.py, its lexicon
lines and the fixes at depth (control12's saying clauses and judged bigots): 36 caught,
0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 39 clean, 7 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 4 caught, 1 flagged,
0 swearing flagged; after (counted once, after the whole scorer suite and the bench),
38 caught, 0 flagged, 0 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck22_holdout_lines as held
from tests.core.scoring import hatecheck22_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 36 of 36 caught, none flagged: 1.0
SWEARING_CEILING = 0.10  # the held-out hate suite's cap on friendly profanity flagged
HELD_CAUGHT_FLOOR = 38  # the final count (4 at the start)
HELD_FLAGGED_CAP = 0  # the final count (1 at the start)


class TestHateCheck22Probe(ProbeRoundChecks):
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
