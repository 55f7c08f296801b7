"""The forum31 probe (issue 8): Reddit-style put-downs of a poster's mind or faculties
without a plain insult word, in the shapes forum30 left missed: a faculty judged through a
possessive ("op's brain is clearly empty", "your logic is braindead"), possession denied
("op clearly doesn't have a clue", "the mods obviously don't have a life"), a clue lacked,
a send-off said of a third person ("op really needs to get a life"), "has no clue how
this works" and "the author obviously is a hack"; the clean lines in the same words that
must stay clean (ideas, things, the writer, news not known yet, other meanings, denials,
questions, reported speech), and untargeted friendly swearing, measured at default
settings (`Scorer()`). The lines are in forum31_probe_lines.py and
forum31_holdout_lines.py.

On e65ebfa8 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 2 caught, 0 clean flagged, 0 swearing flagged. After targeting_forum31.py: 34
caught, 0 flagged, 0 swearing flagged. The miss: "has no idea" has no lexicon hit
("idea" is kept out of the lexicon for Italian's "la tua idea è stupida").

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on e65ebfa8, 3 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
34 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import forum31_holdout_lines as held
from tests.core.scoring import forum31_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "idea" stays out of the lexicon ("la tua idea è stupida"): "has no idea" has no hit.
KNOWN_MISSES: frozenset[str] = frozenset({
    "the author clearly has no idea what he's talking about",
})  # fmt: skip
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 34  # the final count (3 of 40 on e65ebfa8)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on e65ebfa8 too)


class TestForum31Probe(ProbeRoundChecks):
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
