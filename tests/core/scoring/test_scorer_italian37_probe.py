"""The italian37 probe (issue 8): Italian and English calls to ban, shut or drive out a
religion or its houses of worship in the round's shapes ("vietate l'islam", "chiudete
tutte le moschee", "fuori l'islam dall'italia", "ban islam", "close every mosque", "l'islam
va vietato") and a group driven out ("kick every jew out", "deport them all, every last
muslim"), and clean lines that look alike (things and ideas banned or shut, crimes driven
out, denials, counter-speech, questions, reported speech, news), measured at default
settings (`Scorer()`). The lines are in italian37_probe_lines.py and
italian37_holdout_lines.py.

On base30 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 7 caught, 2 clean flagged, 0 swearing flagged. After targeting_italian37.py
and its lexicon lines: 34 caught, 1 flagged, 0 swearing flagged (the one left, "get the
gypsies out of our neighborhoods", has "get", an everyday word this round does not read;
the one flagged is an older rule's reading, the "clown" of "he said they should ban
islam, what a clown"; "nobody wants to ban islam", flagged on base30 by an older
"nobody wants", is now read as the counter-speech it is).

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 12 caught, 0 flagged,
0 swearing flagged; after, 37 caught, 1 flagged, 0 swearing flagged. The held-back
floor test also ran once in the scorer suite after the rules were final, before the
final count, and failed on the start floors (its message was not read); no rule changed
after it. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian37_holdout_lines as held
from tests.core.scoring import italian37_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: a group driven out with "get", which the round does not read.
KNOWN_MISSES: frozenset[str] = frozenset({"get the gypsies out of our neighborhoods"})
# An older rule's reading, flagged on base30 before the round too.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"he said they should ban islam, what a clown"})

TUNE_F1_FLOOR = 0.97  # 34 of 35 caught, 1 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (12 at the start)
HELD_FLAGGED_CAP = 1  # the final count (0 at the start)


class TestItalian37Probe(ProbeRoundChecks):
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
