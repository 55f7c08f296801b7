"""The hatecheck73 probe (issue 8): violence ordered or intended against a named group with
the group between a phrasal verb and its particle ("gun the immigrants down", "wipe the
jews out", "string the gays up") or thrown to its death in a place ("throw the refugees
into the sea", "push the muslims off a cliff"), the clean lines in the same words (games,
sport and things, news and history, negations, questions, counter-speech and reports),
and friendly swearing, measured at default settings (`Scorer()`). The lines are in
hatecheck73_probe_lines.py and hatecheck73_holdout_lines.py.

On bc81d1d6 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 1 caught, 0 clean flagged, 0 swearing flagged. After targeting_hatecheck73.py:
34 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on bc81d1d6, 2 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
39 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck73_holdout_lines as held
from tests.core.scoring import hatecheck73_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# No line before or after: "snuff" is read as an older profanity line, no verb of this
# round's (one verb for one line is no rule).
KNOWN_MISSES: frozenset[str] = frozenset({"snuff the jews out"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (2 of 40 on bc81d1d6)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on bc81d1d6)


class TestHateCheck73Probe(ProbeRoundChecks):
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
