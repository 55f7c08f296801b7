"""The forum27 probe (issue 8): Reddit-style snark at the commenter being answered (a
superlative put-down of the comment or take: "this is the dumbest take i've read all
week", "worst argument on this sub"; a comparison that belittles the writer; "found the
guy who didn't read the article", "username checks out") and clean lines that look alike
(praise, the writer's own, things and news, quotes, reported speech, questions), measured
at default settings (`Scorer()`). The lines are in forum27_probe_lines.py and
forum27_holdout_lines.py.

On base30 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_forum27.py: 21
caught, 0 flagged, 0 swearing flagged (the 14 left are the shapes not built: comparisons
that belittle the writer, "found the ...", "tell me ... without telling me", "username
checks out", older words at 0.35-0.45, and a "thing" with no reply's word before it,
kept clean for insprec's "this is the dumbest thing I've read all week").

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 0 caught, 0 flagged,
0 swearing flagged; after, 22 caught, 0 flagged, 0 swearing flagged (its lines were not
read after they were written). Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import forum27_holdout_lines as held
from tests.core.scoring import forum27_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: the shapes not built, and older words scored below the line.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "my 5 year old could write a better comment",
        "i've seen better arguments from a fortune cookie",
        "found the guy who never left his basement",
        "username checks out",
        "reported for being an idiot",
        "@USER grow up",
        "@USER nobody believes you",
        "you clearly didn't read the article",
        "the dumbest thing i've read all morning",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.74  # 21 of 35 caught, 0 flagged: 0.750
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 22  # the final count (0 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestForum27Probe(ProbeRoundChecks):
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
