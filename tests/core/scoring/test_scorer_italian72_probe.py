"""The italian72 probe (issue 8): a noun of people followed by a group word used as its
adjective, which is the group ("i bambini rom sono tutti ladri", "odio i ragazzi rom",
"non mi fido dei ragazzi musulmani"), and a nationality after a thing with an adjective
before it, which names none ("i nuovi telefoni cinesi fanno schifo"), while a noun of
people there ("i nuovi immigrati cinesi sono sporchi") and the bare group ("i cinesi
fanno schifo") stay hostile; the clean lines in the same words (neutral mentions,
denials, reports, counter-speech, things) and friendly swearing, measured at default
settings (`Scorer()`). The lines are in italian72_probe_lines.py and
italian72_holdout_lines.py.

On 4251e5a6 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 10 caught, 14 clean flagged, 0 swearing flagged. After targeting_italian72.py
and the round's nouns in the scorer's "rom" pass: 35 caught, 0 flagged, 0 swearing
flagged.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import italian72_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, f1_and_swearing

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 1.0  # 35 of 35 caught, 0 flagged
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
