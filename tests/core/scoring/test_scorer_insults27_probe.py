"""The insults27 probe (issue 8): a team urged on during play with a swear word ("box out
you fuckers!", "defend you bastards", "rebound you motherfuckers, two minutes left"), the
nearest hostile wordings in the same words (orders that send people away or harm them,
an insult beside the swear word, the swear word aimed at people otherwise), and friendly
swearing, measured at default settings (`Scorer()`). The lines are in
insults27_probe_lines.py and insults27_holdout_lines.py.

On 7d8246cf before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 35 caught, 31 clean flagged, 0 swearing flagged. After targeting_insults27.py:
35 caught, 2 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 7d8246cf, 40 of 40 caught, 39 of 40 flagged, 0
of 6 swearing flagged. After: to be counted once, after the last change and the passing
suite; its checks are added then.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import insults27_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, f1_and_swearing

KNOWN_MISSES: frozenset[str] = frozenset()
# "block!" said again after the swear word is a lexicon word outside the order, so the
# message holds other hostility; "get back on defense" opens with "get", no order of
# play ("get lost" stays aimed).
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "block you fuckers! block!",
    "get back on defense you fuckers",
})  # fmt: skip

TUNE_F1_FLOOR = 0.97  # 35 of 35 caught, 2 flagged: 0.972
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
