"""The hatecheck30 probe (issue 8): functional hate suites' blame laid on a named group
("it's always the jews", "blame the immigrants", "women are to blame", "it's the
immigrants' fault", "women are the problem", "the problem is the jews"), with clean
lines in the same shapes (the same frames at things or non-protected people, a group
mentioned neutrally or as the one wronged, a denial, counter-speech and reported speech)
and friendly swearing, measured at default settings (`Scorer()`). The lines are in
hatecheck30_probe_lines.py and hatecheck30_holdout_lines.py; the third shape's lines
("... are the problem") were added to both, before its rule, after the first two shapes
were built.

On base23 before the round, the studied part (46 hostile, 49 clean, 6 untargeted
swearing): 0 caught, 2 clean flagged (older readings: "suffer" in "it's always the
immigrants who suffer", "lazy" said of a reported line), 0 swearing flagged. After
targeting_hatecheck30.py, hatecheck30_words.py, its lexicon lines and hxnormal's
relative clause: 46 caught, 1 flagged ("lazy"), 0 swearing flagged. The third and
fourth shapes' lines ("... are the problem", "i don't want any ...") were added to both
parts, before their rules, after the first two shapes were built.

The held-back part (50 hostile, 51 clean, 6 swearing), written with the probe and
before each shape's rule, counted only at the start and the end: before, 0 caught, 1
flagged (an older reading of "drown"), 0 swearing flagged; after, 50 caught, 2 flagged
(that one, and a reporter's question "asked whether ... are to blame"), 0 swearing
flagged. Only floors are kept for it. At the merge with olid24 (a person said to be the
problem), 50 caught, 3 flagged: olid24 reads "the referee is the problem" as a person
judged, and hatecheck30's group reading takes over olid24's longer terms ("the real
problem") when olid24 finds no person.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck30_holdout_lines as held
from tests.core.scoring import hatecheck30_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 46 of 46 caught, 1 flagged: 0.989
SWEARING_CEILING = 0.10  # the held-out hate suites' share of friendly profanity flagged
HELD_CAUGHT_FLOOR = 50  # the final count (0 at the start)
HELD_FLAGGED_CAP = 3  # the final count at the merge (1 at the start, 2 at the round's end)


class TestHateCheck30Probe(ProbeRoundChecks):
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
