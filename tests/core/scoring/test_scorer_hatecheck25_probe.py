"""The hatecheck25 probe (issue 8): an English functional hate suite's spelling
variations (a statement run together into one token, spaces added inside a word,
letters swapped or dropped, leet) and a group carried over to "them all gone", with
clean lines in the same spellings (neutral and positive statements, counter-speech,
hashtags, links and usernames, friendly typos), measured at default settings
(`Scorer()`). The lines are in hatecheck25_probe_lines.py and
hatecheck25_holdout_lines.py.

On base19 before the round, the studied part (36 hostile, 32 clean, 6 untargeted
swearing): 24 caught, 0 clean flagged, 0 swearing flagged. After targeting_hatecheck25.py,
hatecheck25_words.py and its lexicon lines: 35 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 32 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 30 caught, 2 flagged,
0 swearing flagged; after, 38 caught, 2 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck25_holdout_lines as held
from tests.core.scoring import hatecheck25_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Shapes left for a later round: a group named in the same sentence before a comma
# ("there are trans people at my school, i want them all gone"): hatecheck23's reading
# wants an earlier sentence, as "these ads are annoying, I want them out" stays clean.
KNOWN_MISSES: frozenset[str] = frozenset({
    "there are trans people at my school, i want them all gone",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 35 of 36 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.10  # the held-out hate suites' share of friendly profanity flagged
HELD_CAUGHT_FLOOR = 38  # the final count (30 at the start)
HELD_FLAGGED_CAP = 2  # the final count (2 at the start)


class TestHateCheck25Probe(ProbeRoundChecks):
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
