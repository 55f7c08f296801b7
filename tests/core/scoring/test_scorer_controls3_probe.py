"""The controls3 probe (issue 8): friendly profanity and banter, measured at default
settings (`Scorer()`).

The lines (controls3_probe_lines.py) were written before any data row or rule was read:
100 friendly lines (29 Italian) that swear as an exclamation, for emphasis, at the
speaker or a situation, or in banter, and 40 hostile near-misses (14 Italian) with the
same words at a person. On main before the round: 21 of 100 friendly lines flagged, 39
of 40 hostile caught. After targeting_controls3.py: 2 of 100 flagged, 39 of 40 caught.

The held-back batch (controls3_holdout_lines.py: 39 friendly, 17 Italian; 20 hostile,
7 Italian) was written after the tuning lines and never tuned on. Before: 12 of 39
flagged, 20 of 20 caught. After: 2 of 39 flagged, 20 of 20 caught.

The known misses and false flags are data: a rule that fixes one moves it out of the
list, and a rule that breaks a passing line fails here. The false flags left are
decisions, not oversights: "you sick fuck" and "coglione", "losers" judge the person
whatever comes with them, and "sei un grande stronzo" is a predicate, not a vocative.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import controls3_holdout_lines as holdout
from tests.core.scoring import controls3_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, flagged, missed

KNOWN_MISSES: frozenset[str] = frozenset({"fuck this guy, report him"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {"haha you sick fuck that was hilarious", "bravo coglione, bel colpo"}
)
HOLDOUT_MISSES: frozenset[str] = frozenset()
HOLDOUT_FALSE_FLAGS: frozenset[str] = frozenset(
    {"hey losers, raid at 9", "ahah sei un grande stronzo"}
)


def test_the_probe_keeps_its_verdicts(scorer: Scorer) -> None:
    assert_known_verdicts(scorer, probe.HOSTILE, probe.FRIENDLY, KNOWN_MISSES, KNOWN_FALSE_FLAGS)


def test_the_held_back_batch_keeps_its_verdicts(scorer: Scorer) -> None:
    assert_known_verdicts(
        scorer, holdout.HOSTILE, holdout.FRIENDLY, HOLDOUT_MISSES, HOLDOUT_FALSE_FLAGS
    )


def test_friendly_profanity_stays_under_the_functional_floor(scorer: Scorer) -> None:
    """Issue 8's held-out floor: <= 10% of friendly-profanity cases flagged, on both
    batches together, with recall on the hostile near-misses kept."""
    friendly = probe.FRIENDLY + holdout.FRIENDLY
    hostile = probe.HOSTILE + holdout.HOSTILE
    assert len(flagged(scorer, friendly)) / len(friendly) <= 0.10
    assert len(missed(scorer, hostile)) / len(hostile) <= 0.05


def test_the_probe_is_the_size_its_docstring_says() -> None:
    assert (len(probe.FRIENDLY), len(probe.HOSTILE)) == (100, 40)
    assert (len(holdout.FRIENDLY), len(holdout.HOSTILE)) == (39, 20)
