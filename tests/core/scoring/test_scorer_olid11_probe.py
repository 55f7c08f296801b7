"""The olid11 probe (issue 8, fourteenth session): tweet-style replies in two shapes of
OLID's even-row misses (a person judged a sham or a disgrace, "Beto is a joke",
"Gutierrez is corrupt"; a political group judged by a plain predicate, "liberals are so
predictable"), measured at default settings (`Scorer()`). The lines are in
olid11_probe_lines.py and olid11_holdout_lines.py, written before any rule was read.

On main before the round, the studied part (29 hostile, 20 clean, 6 untargeted
swearing): 18 caught, 0 clean flagged, 0 swearing flagged. After targeting_olid11.py:
23 caught, 0 flagged, 0 swearing. ("liberals are so pathetic" stood in both parts; it
was taken out of the studied part, not the held-back one.) Main already caught most of
both shapes ("he is a fraud", "democrats are hypocrites"); the misses left are below.

The held-back part (40 hostile, 40 clean, 6 swearing), counted only at the start and
the end: before, 33 caught, 1 clean flagged, 0 swearing flagged (F1 0.892); after, 35
caught, 1 flagged, 0 swearing flagged (F1 0.921). Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid11_holdout_lines as held
from tests.core.scoring import olid11_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# The studied lines the round left missed: a vocative with a faint noun ("fraud" weighs
# below the outright floor), profanity said of a person ("crap"), "a complete joke" (its
# anchor would be a new index word), and three group predicates with words no lexicon
# line holds ("predictable", "trashy", "children").
KNOWN_MISSES: frozenset[str] = frozenset({
    "@USER you fraud",
    "@USER liberals are so predictable", "@USER Why are liberals so trashy?",
    "@USER liberals are children",
})  # fmt: skip

STUDIED_F1_FLOOR = 0.88
HELD_F1_FLOOR = 0.92  # final count: 35 of 40 caught, 1 of 40 flagged, F1 0.921
SWEARING_CEILING = 0.10  # OLID's untargeted-profanity control floor


class TestOlid11Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=frozenset(),
        studied_f1_floor=STUDIED_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_f1_floor=HELD_F1_FLOOR,
        held_flagged_cap=1,
    )
