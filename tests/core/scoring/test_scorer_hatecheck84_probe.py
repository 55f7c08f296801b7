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
is counted only at the start and the end (its floors are set at the final count).
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import hatecheck84_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, f1_and_swearing

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


def test_studied_part_known_verdicts(scorer: Scorer) -> None:
    assert_known_verdicts(
        scorer,
        probe.TUNE_HOSTILE,
        probe.TUNE_CLEAN + probe.TUNE_SWEARING,
        KNOWN_MISSES,
        KNOWN_FALSE_FLAGS,
    )


def test_studied_part_floors(scorer: Scorer) -> None:
    score, swearing = f1_and_swearing(
        scorer, probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING
    )
    assert score >= TUNE_F1_FLOOR
    assert swearing <= SWEARING_CEILING
