"""The controls9 probe (issue 8): untargeted swearing and insult words said of things,
against the same words aimed at people, at default settings (`Scorer()`).

The probe (controls9_probe_lines.py: 40 clean lines, 30 hostile) and the held-back
batch (controls9_holdout_lines.py: 43 friendly or untargeted lines, 42 hostile with the
same words at a person or a group) were written before any data row or rule was read.
Both were already clean on main, alone in a message: the controls9 rules change lines
where a mention, a third person or a group stands near a judged thing (the table
tests). Held-back batch, before and after the round: 0 of 43 flagged, 39 of 42 caught
(the same three missed before and after: no rule of this round touches them). Probe:
0 of 40 flagged, 28 of 30 caught, before and after.

The known misses are data: a rule that fixes one moves it out of the list, and a rule
that breaks a passing line fails here.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import controls9_holdout_lines as holdout
from tests.core.scoring import controls9_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, flagged, missed

KNOWN_MISSES: frozenset[str] = frozenset({"you're a shitty person"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()
HOLDOUT_MISSES: frozenset[str] = frozenset(
    {
        "stupid bitch can't even aim",
        "the idiot who wrote this should be fired",
        "your brain is garbage",
    }
)
HOLDOUT_FALSE_FLAGS: frozenset[str] = frozenset()


def test_the_probe_keeps_its_verdicts(scorer: Scorer) -> None:
    assert_known_verdicts(scorer, probe.HOSTILE, probe.CLEAN, KNOWN_MISSES, KNOWN_FALSE_FLAGS)


def test_the_held_back_batch_keeps_its_verdicts(scorer: Scorer) -> None:
    assert_known_verdicts(
        scorer, holdout.HOSTILE, holdout.FRIENDLY, HOLDOUT_MISSES, HOLDOUT_FALSE_FLAGS
    )


def test_untargeted_swearing_stays_under_the_floors(scorer: Scorer) -> None:
    """Issue 8's held-out floors (<= 10% of friendly profanity, <= 15% of untargeted
    swearing flagged) on both batches, with >= 90% of the hostile lines still caught."""
    clean = probe.CLEAN + holdout.FRIENDLY
    hostile = probe.HOSTILE + holdout.HOSTILE
    assert len(flagged(scorer, clean)) / len(clean) <= 0.10
    assert len(missed(scorer, hostile)) / len(hostile) <= 0.10


def test_the_probe_is_the_size_its_docstring_says() -> None:
    assert (len(probe.CLEAN), len(probe.HOSTILE)) == (40, 30)
    assert (len(holdout.FRIENDLY), len(holdout.HOSTILE)) == (43, 42)
