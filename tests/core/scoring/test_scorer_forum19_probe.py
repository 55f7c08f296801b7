"""The forum19 probe (issue 8): Reddit-like comments in the round's shapes (a political
wing named as a group and judged, generations and archetypes called names, the reader
named a shill or a bootlicker with an adverb between, threats of rounding up a camp) and
clean comments that look alike (criticism of ideas and policies, the left wing of a
plane, trends of a generation, the writer's own camp, counter-speech, a group named in a
judgement of a thing), measured at default settings (`Scorer()`). The lines are in
forum19_probe_lines.py and forum19_holdout_lines.py.

On merge18 before the round, the studied part (38 hostile, 34 clean, 6 untargeted
swearing): 25 caught, 4 clean flagged, 0 swearing flagged. After targeting_forum19.py,
its fixes in olid4 and the scorer's said-of-group gate and its lexicon lines: 36
caught, 1 flagged, 0 swearing flagged.

The held-back part (40 hostile, 39 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 31 caught, 3 flagged,
0 swearing flagged; after, 37 caught, 1 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import forum19_holdout_lines as held
from tests.core.scoring import forum19_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "you're definitely a bot": a bot is a game's player as often; "keep licking those
# boots": a lexicon line with "licking" changed unrelated readings.
KNOWN_MISSES: frozenset[str] = frozenset({"you're definitely a bot", "keep licking those boots"})
# "the worst thing about this city": a part of a place may be its people.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"landlords are the worst thing about this city"})

TUNE_F1_FLOOR = 0.95  # 36 of 38 caught, 1 flagged: 0.960
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 37  # the final count (31 at the start)
HELD_FLAGGED_CAP = 1  # the final count (3 at the start)


class TestForum19Probe(ProbeRoundChecks):
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
