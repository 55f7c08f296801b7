"""The person13 probe (issue 8, twelfth session): insults and threats at third persons
and named people at default settings (`Scorer()`): judging words between the article
and a name-call ("the mayor is a stupid bitch"), the writer's promise of harm to a
third person ("i'm going to beat her up"), and a speech verb whose reach ends at the writer's
own clause ("you called me a rat so i will kill you"). The lines are in
person13_probe_lines.py and person13_holdout_lines.py.

On main before the round, the studied part (49 hostile, 38 clean, 6 untargeted
swearing): 29 caught, 0 clean flagged, 0 swearing flagged, F1 0.744. After the round:
43 caught, 0 flagged, 0 swearing, F1 0.935.

The held-back part (42 hostile, 40 clean, 6 swearing), written after the studied part
and before any rule, counted only at the start and the end: before, 19 caught, 0
flagged, 0 swearing flagged (F1 0.623); after, 31 caught, 0 flagged, 0 swearing flagged
(F1 0.849). Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import person13_holdout_lines as held
from tests.core.scoring import person13_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "rat" alone is weak (olid8's "rat infestation"); "my boss" in a line with a game word
# ("boss") is a game's; a passive threat with the writer as its agent ("he's going to get
# his ass kicked by me") is a shape the round left alone; the writer's close family is
# banter (forum2's reading, pinned by its tests: "my husband is such an idiot lol"); "i
# will kill him" alone is a game callout (gamechat6 pins "i'll kill him" clean).
KNOWN_MISSES: frozenset[str] = frozenset({
    "i'm going to kill my boss",
    "he's going to get his ass kicked by me", "my sister is such a spoiled brat",
    "mio cugino è un grandissimo stronzo", "i will kill him",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.93
SWEARING_CEILING = 0.0
HELD_CAUGHT_FLOOR = 31  # the final count: 31 of 42 (19 before the round)
HELD_FLAGGED_CAP = 0  # none flagged at the start and at the end


class TestPerson13Probe(ProbeRoundChecks):
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
