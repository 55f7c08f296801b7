"""The hatecheck84 probe (issue 8): a hostile call or claim about a named group followed by
its attribution to someone else (", says the minister", ", he said", " - donald trump",
", according to the article"), which must stay clean, the hostile lines in the same words
where the writer owns or takes up the saying (", i say", ", as i always said", ", he said,
and i agree", ", says everyone with a brain", " - fact", ", according to statistics"),
and friendly swearing with a speech tag, measured at default settings (`Scorer()`). The
lines are in hatecheck84_probe_lines.py and hatecheck84_holdout_lines.py.

On 4251e5a6 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 34 caught, 32 clean flagged, 0 swearing flagged. After targeting_hatecheck84.py:
34 caught, 2 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 4251e5a6, 39 of 40 caught, 40 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing tests):
39 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck84_holdout_lines as held
from tests.core.scoring import hatecheck84_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Missed on 4251e5a6 already: an older rule reads "he said" as a report of a call that
# promises no violence; this round only lowers readings.
KNOWN_MISSES: frozenset[str] = frozenset({"deport the muslims he said and i agree"})
# Flagged on 4251e5a6 already, and still: "troll" names the speaker of the tail, but the
# older rules read it at the group the sentence names ("muslims are fine, a troll wrote"
# is flagged the same way); the round re-reads the claim, not an insult in its tail. And
# a name after a dash is no word of the lexicon ("hitler" is one), since a lexicon word
# there is most often the writer's verdict ("... - pathetic").
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "black people are apes, a troll wrote under the post",
    "jews are vermin - hitler",
})  # fmt: skip

TUNE_F1_FLOOR = 0.95  # 34 of 35 caught, 2 flagged: 0.958
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (39 of 40 on 4251e5a6)
HELD_FLAGGED_CAP = 0  # the final count (40 of 40 on 4251e5a6)


class TestHateCheck84Probe(ProbeRoundChecks):
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
