"""The fifth game-chat probe (issue 8): researcher-style logs of games the earlier
probes under-cover, measured at default settings (`Scorer()`).

The lines (gamechat5_probe_lines.py) were written before the rules were read: League
of Legends, World of Tanks and War Thunder, CS2, Minecraft and Roblox, Fortnite and
Call of Duty voice-to-text, Rocket League, 40 Italian lines; 134 hostile (39%), 212
clean, 87 of them untargeted swearing (at lag, the map, the patch, oneself). On main
before the round: 102 of 134 caught (recall 0.761), 4 of 212 clean lines flagged,
precision 0.962, F1 0.850, untargeted swearing 1 of 87 flagged (1.1%); Italian 16 of
18 hostile caught, 0 of 22 clean flagged. After targeting_gamechat5.py and the lexicon
lines under "gamechat5": 118 of 134 (recall 0.881), 3 of 212 flagged, precision 0.975,
F1 0.925, untargeted swearing 1 of 87 (1.1%); Italian 17 of 18, 0 of 22.

The held-back batch (gamechat5_holdout_lines.py, 99 lines: 36 hostile, 25 untargeted
swearing) was written after the rules and never tuned on. Before: 24 of 36 caught,
2 of 63 clean flagged, F1 0.774, swearing 2 of 25 (8.0%). After: 30 of 36, 2 of 63,
F1 0.882, swearing 2 of 25 (8.0%).

The known misses and false flags are data: a rule that fixes one moves it out of the
list, and a rule that breaks a passing line fails here.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import gamechat5_holdout_lines as holdout
from tests.core.scoring import gamechat5_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, f1_and_swearing

KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "bot lane is full of monkeys",
        "nice aim you blind fuck",
        "stupid bacon hair",
        "this kid is autistic",
        "disabled kids shouldnt play online",
        "chinese players are all hackers",
        "giungla di merda",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"report yasuo inting", "you crazy bastard how"})
HOLDOUT_MISSES: frozenset[str] = frozenset(
    {
        "this top laner is braindead lol",
        "ct's are so bad lol",
        "entry fragger is a clown",
        "your builds are garbage and so are you",
        "you goofy ass bot",
        "all indians in cs are cheaters",
    }
)
HOLDOUT_FALSE_FLAGS: frozenset[str] = frozenset({"fuck this champ", "fucking creepers"})

# Floors: the figures this round reached (F1 and the untargeted-swearing share).
PROBE_F1_FLOOR = 0.92
PROBE_SWEARING_CEILING = 0.015
HOLDOUT_F1_FLOOR = 0.88
HOLDOUT_SWEARING_CEILING = 0.08


def test_the_probe_is_balanced_and_has_no_repeats() -> None:
    lines = probe.TARGETED + probe.CLEAN
    assert len(lines) >= 300
    assert 0.35 <= len(probe.TARGETED) / len(lines) <= 0.45
    assert len(set(lines)) == len(lines)
    assert set(probe.ITALIAN_SWEARING) <= set(probe.ITALIAN_CLEAN)
    held = holdout.TARGETED + holdout.CLEAN
    assert len(held) >= 80
    assert len(set(held)) == len(held)
    assert set(held).isdisjoint(lines)


def test_the_known_lists_name_probe_lines() -> None:
    assert set(probe.TARGETED) >= KNOWN_MISSES
    assert set(probe.CLEAN) >= KNOWN_FALSE_FLAGS
    assert set(holdout.TARGETED) >= HOLDOUT_MISSES
    assert set(holdout.CLEAN) >= HOLDOUT_FALSE_FLAGS


def test_every_line_outside_the_known_lists_gets_its_label(scorer: Scorer) -> None:
    assert_known_verdicts(scorer, probe.TARGETED, probe.CLEAN, KNOWN_MISSES, KNOWN_FALSE_FLAGS)


def test_the_held_back_batch_keeps_its_measured_verdicts(scorer: Scorer) -> None:
    assert_known_verdicts(
        scorer, holdout.TARGETED, holdout.CLEAN, HOLDOUT_MISSES, HOLDOUT_FALSE_FLAGS
    )


def test_the_figures_do_not_fall_below_the_measured_ones(scorer: Scorer) -> None:
    f1, swearing = f1_and_swearing(scorer, probe.TARGETED, probe.CLEAN, probe.SWEARING)
    assert f1 >= PROBE_F1_FLOOR
    assert swearing <= PROBE_SWEARING_CEILING
    f1, swearing = f1_and_swearing(scorer, holdout.TARGETED, holdout.CLEAN, holdout.SWEARING)
    assert f1 >= HOLDOUT_F1_FLOOR
    assert swearing <= HOLDOUT_SWEARING_CEILING
