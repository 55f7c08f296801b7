"""The italian31 probe (issue 8): Italian Telegram, Twitter and chat lines in the round's
shapes (a public figure's surname and an insult with no verb, "salvini merda", "conte
pagliaccio", "pagliaccio meloni"; a place of worship or a people's camp not wanted, "non
voglio una moschea nel mio quartiere", "non vogliamo campi rom") and clean lines that
look alike (a surname with praise or a neutral noun, the same frames at things, a verb
between, sayings, self-talk), measured at default settings (`Scorer()`). The lines are
in italian31_probe_lines.py and italian31_holdout_lines.py.

On base25 before the round, the studied part (40 hostile, 31 clean, 6 untargeted
swearing): 10 caught, 0 clean flagged, 0 swearing flagged. After targeting_italian31.py:
37 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written with the probe and before
any rule: before, 16 caught, 0 flagged, 0 swearing flagged; after, 37 caught,
0 flagged, 0 swearing flagged (counted once, at the end; no rule
changed after it). Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian31_holdout_lines as held
from tests.core.scoring import italian31_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# No lexicon term: "pagliaccia", "criminale" and "traditrice" are not in the lexicon
# (adding single words moves unrelated rows; left for a round of their own).
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "schlein pagliaccia",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.96  # 37 of 40 caught, 0 flagged: 0.961
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 38  # 37 at the final count (16 at the start); 38 after the
# coordinator fixed an off-by-one the count showed ("buffone di maio"), so 38 is seen
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestItalian31Probe(ProbeRoundChecks):
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
