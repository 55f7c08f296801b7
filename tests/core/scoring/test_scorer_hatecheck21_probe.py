"""The hatecheck21 probe (issue 8): an English functional hate suite's categories over
nine groups (a threat at a member met, "let's" before a harm, a group's life questioned,
one member called a freeloader, "fck all X", slurs and spellings, pronoun reference,
negated praise, questions and opinions) and the clean contrasts (counter-speech quoting
the hate, praise said with a swear word, hate of things and days, friendly swearing),
measured at default settings (`Scorer()`). The lines are in hatecheck21_probe_lines.py
and hatecheck21_holdout_lines.py.

On main before the round, the studied part (40 hostile, 33 clean, 5 friendly swearing):
29 caught, 3 clean flagged, 0 swearing flagged. After targeting_hatecheck21.py, its
lexicon lines and the fixes at depth (groups' _wished, hateprobe5's _promised, the
swearing shortcut's spans in scorer.py): 38 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 7 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 35 caught, 4 flagged,
0 swearing flagged; after (counted once, after the whole scorer suite and the bench),
38 caught, 1 flagged, 0 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck21_holdout_lines as held
from tests.core.scoring import hatecheck21_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# The round's two known misses ("why do we let immigrants live here?", "no immigrant has
# ever done an honest day's work") are caught since hatecheck22.
KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95
SWEARING_CEILING = 0.10  # the held-out hate suite's cap on friendly profanity flagged
HELD_CAUGHT_FLOOR = 38  # the final count (35 at the start)
HELD_FLAGGED_CAP = 1  # the final count (4 at the start)


class TestHateCheck21Probe(ProbeRoundChecks):
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
