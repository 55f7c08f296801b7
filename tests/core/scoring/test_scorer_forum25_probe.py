"""The forum25 probe (issue 8): forum and news-site comments in the round's shapes (a
commenter's wits measured by degree: "you can't be that stupid", "you have to practice to
be that stupid"; a person named after an exclamation's name-call: "what a moron this
governor is", "What a fool that man was.") and clean comments that look alike (the same
words at no one, at oneself or at a thing, denied, kind, reported, asked, quoted),
measured at default settings (`Scorer()`). The lines are in forum25_probe_lines.py and
forum25_holdout_lines.py.

On base27 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 4 caught, 0 clean flagged, 0 swearing flagged. After targeting_forum25.py: 33
caught, 0 flagged, 0 swearing flagged (the two left use "naive" and "thick", which are no
lexicon words).

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 6 caught, 0 flagged,
0 swearing flagged; after, 37 caught, 0 flagged, 0 swearing flagged (no lines read).
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import forum25_holdout_lines as held
from tests.core.scoring import forum25_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: "naive" and "thick" are no lexicon words (no new words were added).
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "Wow, you can't be that naive.",
        "You CAN'T be that thick.",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 33 of 35 caught, 0 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (6 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestForum25Probe(ProbeRoundChecks):
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
