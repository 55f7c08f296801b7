"""The italian26 probe (issue 8): Italian chat and social posts that call people by a
party or ideological label with a swearing tail ("comunista di merda", "i piddini del
cazzo") and the southern "si" for "sei" before an insult ("si scemo?"), with clean
look-alikes (the tail on a thing, the label as an adjective of a thing, the writer's own
label, a reported call, "si" as a reflexive or a "yes") and friendly swearing. The lines
are in italian26_probe_lines.py and italian26_holdout_lines.py.

On base19d before the round, the studied part (36 hostile, 31 clean, 6 untargeted
swearing): 7 caught, 2 clean flagged, 0 swearing flagged. After targeting_italian26.py
and its words: 35 caught, 2 flagged (the same two: an impersonal "si è scemi" and "si
sente stupido", read so by older rules), 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), counted only at the start and at
the end: before, 12 caught, 3 flagged, 0 swearing flagged; after, 39 caught, 3 flagged,
0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian26_holdout_lines as held
from tests.core.scoring import italian26_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "zecca" is left out of the labels: it is a tick on a dog too.
KNOWN_MISSES: frozenset[str] = frozenset({"zecca di merda torna nel centro sociale"})
# Older readings left alone: an impersonal "si è" with a plural insult, and a third
# person who feels stupid (no one called so).
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"si è scemi a vent'anni", "si sente stupido"})

TUNE_F1_FLOOR = 0.95  # 35 of 36 caught, 2 flagged: 0.959
SWEARING_CEILING = 0.10  # the held-out Italian suite's share of friendly profanity
HELD_CAUGHT_FLOOR = 39  # the final count (12 at the start)
HELD_FLAGGED_CAP = 3  # the final count (3 at the start)


class TestItalian26Probe(ProbeRoundChecks):
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
