"""The italian27 probe (issue 8): Italian chat and posts in the round's shapes (a
verdict of disgust or pity, "fanno schifo", "fa cagare", "fanno vomitare", "fanno pena",
said of people named by a people noun, a party label or a role, before the verdict or
right after it; "quel <word of scorn> di/del <person>", "quel cesso di tuo fratello") and
clean lines that look alike (the same verdicts of things, institutions and food, the
writer, denials and counter-speech, reports, pity that is sympathy, a thing or a place
after "di" / "del", friendly swearing), measured at default settings (`Scorer()`). The
lines are in italian27_probe_lines.py and italian27_holdout_lines.py.

On base20 before the round, the studied part (45 hostile, 38 clean, 6 untargeted
swearing): 3 caught, 0 clean flagged, 0 swearing flagged (the second shape's lines were
added after the first shape's rule: 35 hostile and 30 clean at 0 and 0, then 10 and 8 at
3 and 0). After targeting_italian27.py and its lexicon lines: 45 caught, 0 flagged, 0
swearing flagged.

The held-back part (50 hostile, 48 clean, 6 swearing), written with the probe and
before each shape's rule, counted only at the start and the end: before, 4 caught, 2
flagged, 0 swearing flagged; after, 48 caught, 3 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian27_holdout_lines as held
from tests.core.scoring import italian27_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 45 of 45 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 48  # the final count (4 at the start)
HELD_FLAGGED_CAP = 3  # the final count (2 at the start)


class TestItalian27Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
