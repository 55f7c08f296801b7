"""The olid8 probe (issue 8, eleventh session): tweet-style replies in the shapes of
OLID's even-row misses that the older rounds left open (harm wished on a person, the
reader dismissed, a person or a political group called an animal or a bad kind),
measured at default settings (`Scorer()`). The lines are in olid8_probe_lines.py and
olid8_holdout_lines.py.

On main before the round, the studied part (39 hostile, 30 clean, 6 untargeted
swearing): 5 caught, 1 clean flagged, 0 swearing flagged, F1 0.222. After
targeting_olid8.py: 29 caught, the same 1 flagged, 0 swearing, F1 0.841.

The held-back part (41 hostile, 40 clean, 6 swearing), written after the studied part
and before any rule, counted only at the start and the end: before, 9 caught, 1
flagged, 0 swearing flagged, F1 0.353; after, 32 caught, 1 flagged, 0 swearing
flagged, F1 0.865. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid8_holdout_lines as held
from tests.core.scoring import olid8_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A group judged by the word before it ("godless liberals": OLID's readers split on it,
# so the rule reads only the predicate) or by words the round left out ("looney", "poor
# sad"); "what a snake" alone (awe at the animal as often); a dismissal of a third person
# or with its own verb ("he can go away now", "go bury your head in the sand"); a wish
# with no wish word ("someone please put him out of his misery"); a profane dismissal
# ("who gives a damn what you think", left out for OLID's untargeted-swearing control);
# "rat" alone and "vulture" (the round's "a rat" hid "rat infestation", and "vultures"
# is the older rules' word).
KNOWN_MISSES: frozenset[str] = frozenset({
    "@USER he is a vulture",
    "@USER godless liberals", "@USER looney liberals again", "@USER poor sad liberals",
    "@USER what a snake", "@USER go bury your head in the sand",
    "@USER someone please put him out of his misery",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.84
HELD_F1_FLOOR = 0.86
SWEARING_CEILING = 0.10  # OLID's untargeted-profanity control floor


class TestOlid8Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_f1_floor=HELD_F1_FLOOR,
        held_flagged_cap=1,  # one flagged at the start and at the end of the round
    )
