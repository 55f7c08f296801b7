"""The hatecheck54 probe (issue 8): calls for a named group to vanish or die ("muslims
should all rot", "it would be great if all refugees died") and threats against a group
("we are coming for the gays"), across groups; the same verbs said of things or of
groups no one is protected as, counter-speech, questions, reported speech and negation
that must stay clean, and untargeted swearing, measured at default settings (`Scorer()`).
The lines are in hatecheck54_probe_lines.py and hatecheck54_holdout_lines.py.

On 7c829c83 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 11 caught, 3 clean flagged, 0 swearing flagged. After targeting_hatecheck54.py
and its lexicon lines: 21 caught, 3 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 7c829c83, 14 of 40 caught, 2 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 22 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged. Only floors are
kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck54_holdout_lines as held
from tests.core.scoring import hatecheck54_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left to a later round: a group named with "every"/"all" before the modal rather than
# "all" after it, the writer coming for or hunting a group, threats of payback or regret
# with no older hostile word, burial, and "be gone" ("gone" must stay unknown to the other
# rules: hatecheck25).
KNOWN_MISSES: frozenset[str] = frozenset({
    "every immigrant should leave", "all refugees must go",
    "disabled people should all be gone", "the refugees will all be gone soon, we'll see to it",
    "things would be better if disabled people just died", "we are coming for the muslims",
    "we will hunt down every refugee", "i'm coming for every trans person",
    "soon we come for the blacks", "track down the refugees and finish them",
    "black people will regret this, i swear", "muslims are going to pay for what they did",
    "put every immigrant in the ground", "make the gays wish they had never been born",
})  # fmt: skip
# Older rules' readings left as they were: "coming for you" said to pests, and a denied
# or counter-speech line whose older hostile words still count.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "we're coming for you, mosquitoes",
    "i don't think women should all stay home, that's absurd",
    "nobody wants trans people to disappear",
})  # fmt: skip

TUNE_F1_FLOOR = 0.71  # 21 of 35 caught, 3 flagged: 0.712
SWEARING_CEILING = 0.0  # 0 of 6 studied swearing lines flagged, start and end
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 22  # the final count (14 of 40 on 7c829c83)
HELD_FLAGGED_CAP = 2  # the final count (2 of 40 on 7c829c83)


class TestHateCheck54Probe(ProbeRoundChecks):
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
