"""The forum26 probe (issue 8): Reddit-style replies that belittle the commenter being
answered (a verdict on the writer through their words: "sounds like something a loser
would say", "spoken like a true clown", "said every incel ever"; a brush-off and a
name-call at the end: "nice try, shill", "cope harder, snowflake"; "seek help" said as a
put-down: "yikes, seek help", "seek help lmao") and clean lines that
look alike (the writer's own words, praise, things, sincere care, reported, quoted,
asked), measured at default settings (`Scorer()`). The lines are in
forum26_probe_lines.py and forum26_holdout_lines.py.

On base29 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 18 caught, 0 clean flagged, 0 swearing flagged. After targeting_forum26.py
and its lexicon lines: 27 caught, 0 flagged, 0 swearing flagged (the eight left: a
low-weight "shill", "clown take" and "braindead take", "get a job hippie" with no
lexicon word, "get some help" (its "some" would anchor a phrase on an everyday word and
moved older readings), and the older, below-threshold "you need help" and "get help").

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 21 caught, 2 flagged,
0 swearing flagged; after, 33 caught, 2 flagged, 0 swearing flagged (no lines read).
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import forum26_holdout_lines as held
from tests.core.scoring import forum26_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: the studied brush-offs and "take" lines the rules do not read.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "thats exactly what a shill would say",
        "such a clown take",
        "nice try, shill",
        "get a job hippie",
        "get some help for your delusions",
        "dude you need help",
        "yikes dude, get help",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.87  # 27 of 35 caught, 0 flagged: 0.871
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 33  # the final count (21 at the start)
HELD_FLAGGED_CAP = 2  # the final count (2 at the start)


class TestForum26Probe(ProbeRoundChecks):
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
