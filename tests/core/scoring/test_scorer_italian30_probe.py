"""The italian30 probe (issue 8): Italian Telegram, Twitter and chat lines in the round's
shapes (a public figure named by surname as the subject of disgust or an insult, "renzi
fa schifo", "la meloni è una vergogna"; a named group said to cost too much, "i disabili
costano troppo allo stato") and clean lines that look alike (a surname with praise or a
neutral verb, the same frames at things, the figure reporting, self-talk, denials and
counter-speech, costs of care), measured at default settings (`Scorer()`). The lines are
in italian30_probe_lines.py and italian30_holdout_lines.py.

On base23 before the round, the studied part (40 hostile, 33 clean, 6 untargeted
swearing): 2 caught, 0 clean flagged, 0 swearing flagged. After targeting_italian30.py:
39 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written with the probe and before
any rule: before, 1 caught, 0 flagged, 0 swearing flagged; after, 40 caught,
0 flagged, 0 swearing flagged (counted once, at the end; no rule changed after
it). Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian30_holdout_lines as held
from tests.core.scoring import italian30_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "fa ridere" is no lexicon term (said of jokes and friends as often as in scorn).
KNOWN_MISSES: frozenset[str] = frozenset({"tajani fa ridere"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 39 of 40 caught, 0 flagged: 0.987
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 40  # the final count (1 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestItalian30Probe(ProbeRoundChecks):
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
