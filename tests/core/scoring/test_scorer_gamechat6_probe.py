"""The sixth game-chat probe (issue 8): in-game chat from games other than Dota, measured
at default settings (`Scorer()`); the lines are in gamechat6_probe_lines.py.

On main before the round, the studied part (182 hostile, 128 clean, 29 of them
untargeted swearing): 126 caught (recall 0.692), 0 clean flagged, F1 0.818, swearing 0
of 29; Italian 21 of 25 hostile, 0 of 13 clean flagged. After targeting_gamechat6.py,
lexicon_insult_u.py and the "gamechat6" lexicon lines: 144 caught (recall 0.791), 0
flagged, F1 0.883, swearing 0 of 29; Italian 25 of 25, 0 of 13.

The held-back part (75 hostile, 34 clean, 7 of them swearing), written last and never
read for misses: before, 46 caught, 1 clean flagged, F1 0.754, swearing 0 of 7; after,
47 caught, 1 flagged, F1 0.764, swearing 0 of 7. Its misses were not read, so only
floors are kept for it; the studied part keeps its known misses as data.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import gamechat6_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, f1_and_swearing

# The studied part's misses after the round, by shape: "report X" (an action to CONDA's
# annotators), emoji at a player, a hero or role judged by a bare name ("this genji is
# dogshit"), "bot" for a player, taunts, sarcasm, a name-call trailing a complaint.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "0/10 yasuo gg", "autist", "boosted monkey",
        "bot lane is inting on purpose", "bronze players smh",
        "can our ana hit a single shot ffs", "die", "everyone report lee sin",
        "git gud scrub", "heals are shit",
        "lee sin doesnt gank once useless", "literally playing with bots",
        "monkey",
        "omg this genji is dogshit",
        "report jett griefing",
        "report yasuo pls he's feeding", "reported", "reported for feeding",
        "reporting our bot lane", "reyna 🤡", "teemo 🐀",
        "this team has 0 brain cells",
        "u autistic or something", "ur sh1t", "yasuo int again gg",
    }
)  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

# Floors: this round's figures (F1 and the share of untargeted swearing flagged).
TUNE_F1_FLOOR = 0.88
HELD_F1_FLOOR = 0.76
SWEARING_CEILING = 0.0


def test_studied_part_known_verdicts(scorer: Scorer) -> None:
    assert_known_verdicts(
        scorer, probe.TUNE_HOSTILE, probe.TUNE_CLEAN, KNOWN_MISSES, KNOWN_FALSE_FLAGS
    )


@pytest.mark.parametrize(
    ("hostile", "clean", "floor"),
    [
        (probe.TUNE_HOSTILE, probe.TUNE_CLEAN, TUNE_F1_FLOOR),
        (probe.HELD_HOSTILE, probe.HELD_CLEAN, HELD_F1_FLOOR),
    ],
    ids=["studied", "held-back"],
)
def test_f1_floor_and_swearing(
    scorer: Scorer, hostile: tuple[str, ...], clean: tuple[str, ...], floor: float
) -> None:
    f1, swearing = f1_and_swearing(scorer, hostile, clean, probe.swearing(clean))
    assert f1 >= floor
    assert swearing <= SWEARING_CEILING
