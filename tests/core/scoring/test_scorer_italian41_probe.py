"""The italian41 probe (issue 8): Italian wishes of harm or removal against an identity
group said in the conditional ("il mondo sarebbe migliore senza le donne", "senza gli
immigrati staremmo tutti meglio", "i trans meriterebbero una pallottola", "sarebbe meglio
se i rom sparissero", "ai froci servirebbe una bella lezione", "bisognerebbe cacciarli
tutti, questi negri") and clean lines that look alike (a thing done without, a group's
good wished, counter-speech, asked, reported, denied), measured at default settings
(`Scorer()`). The lines are in italian41_probe_lines.py and italian41_holdout_lines.py.

On 38c2622d before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 20 caught, 3 clean flagged (a claim asked of the reader, "davvero pensi che
l'italia starebbe meglio senza i musulmani?"; reported after it, "...: è questo che
dicono i razzisti"; judged as a saying, "dire che il mondo sarebbe migliore senza le donne
è schifoso"), 0 swearing flagged. After targeting_italian41.py and its lexicon lines: 35
caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 22 caught, 1 flagged, 0
swearing flagged; after (counted once, after the last change and the passing suite), 37
caught, 1 flagged, 0 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian41_holdout_lines as held
from tests.core.scoring import italian41_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 1.0  # 35 of 35 caught, 0 flagged
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (22 of 40 on 38c2622d)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on 38c2622d)


class TestItalian41Probe(ProbeRoundChecks):
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
