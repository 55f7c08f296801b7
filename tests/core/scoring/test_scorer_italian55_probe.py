"""The italian55 probe (issue 8): a named group derided without a slur: a misdeed called
typical of its members ("tipico di un nero: ladro", "tipico degli zingari rubare", "roba
da musulmani, sgozzare la gente"), nothing good expected from it ("da un ebreo non mi
aspetto niente di buono", "dai rom niente di buono"), work or housing refused to it ("non
date lavoro agli zingari", "mai affittare ai neri"); the clean lines in the same words
that must stay clean (days, weather, contracts, counter-speech, reports, neutral
mentions), and friendly swearing, measured at default settings (`Scorer()`). The lines
are in italian55_probe_lines.py and italian55_holdout_lines.py.

On 35b9bb2a before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 5 caught, 1 clean flagged, 0 swearing flagged. After targeting_italian55.py
and its lexicon lines: 35 caught, 1 flagged, 0 swearing flagged. The one false flag was
an older reading: "una vergogna" read as an attack on the group named after it. Since
the coordinator's fix of 2026-12-05 ("una vergogna" right before a refusal condemns the
refusal) no clean line is flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 35b9bb2a, 8 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After, counted once after the last change and the passing suite
(26289 passed, 2 xfailed): 40 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian55_holdout_lines as held
from tests.core.scoring import italian55_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# None since 2026-12-05: "una vergogna" right before a refusal condemns the refusal.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 1 flagged: 0.986 (0 flagged since 2026-12-05)
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged at the start
HELD_CAUGHT_FLOOR = 40  # the final count (8 of 40 on 35b9bb2a)
HELD_FLAGGED_CAP = 0  # the final count (1 of 40 on 35b9bb2a)


class TestItalian55Probe(ProbeRoundChecks):
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
