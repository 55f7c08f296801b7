"""The hatecheck79 probe (issue 8): violence called for against a nation named by its
bare adjective used as a plural group noun ("kill the japanese", "we should shoot the
french", "someone needs to hang the irish", "gas the vietnamese"), the clean lines in the
same words (a thing after the adjective, game talk, sport, food and praise, history and
news, negations, questions, counter-speech and reports), and friendly swearing, measured
at default settings (`Scorer()`). The lines are in hatecheck79_probe_lines.py and
hatecheck79_holdout_lines.py.

On 7eca2328 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 4 caught, 0 clean flagged, 0 swearing flagged. After targeting_hatecheck79.py:
34 caught, 0 flagged, 0 swearing flagged.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import hatecheck79_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, f1_and_swearing

# "i say we ..." is read as the writer reporting speech (an older reading) before this
# round's rule sees it.
KNOWN_MISSES: frozenset[str] = frozenset({"i say we kill the british"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: 0.986
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
