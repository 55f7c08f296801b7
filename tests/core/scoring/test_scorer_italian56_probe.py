"""The italian56 probe (issue 8): a named group blamed as the author of a harm: its fault
("la crisi è colpa degli immigrati", "la colpa è tutta degli zingari"), its invention,
work or plan ("l'olocausto è un'invenzione degli ebrei", "gli attentati sono opera dei
musulmani"), willed, made, caused or brought by it ("la guerra è stata voluta dagli
ebrei", "le malattie le hanno portate gli immigrati"), or behind it ("dietro il caos c'è
sempre un ebreo"); the clean lines in the same words that must stay clean (governments,
weather, one's own fault, things a group made or runs, history, denials, questions,
counter-speech), and friendly swearing, measured at default settings (`Scorer()`). The
lines are in italian56_probe_lines.py and italian56_holdout_lines.py.

On e36132cc before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 1 caught, 0 clean flagged, 0 swearing flagged. After targeting_italian56.py
and its lexicon lines: 35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on e36132cc, 1 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After, counted once after the last change and the suite (26525
passed, 2 xfailed, 1 failed: italian21's "le donne non sono portate per la politica",
taken by this round's "sono portate"; those lines dropped and the Italian tests rerun
green, 4656 passed, 1 xfailed): 38 of 40 caught, 0 of 40 flagged, 0 of 6 swearing
flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian56_holdout_lines as held
from tests.core.scoring import italian56_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# No studied clean line is flagged.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged at the start
HELD_CAUGHT_FLOOR = 38  # the final count (1 of 40 on e36132cc)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on e36132cc)


class TestItalian56Probe(ProbeRoundChecks):
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
