"""The gamechat43 probe (issue 8): performance shaming in game chat (Dota 2, LoL,
shooters): a bad K/D record thrown at a hero or a role ("lina 0-9 gg"), a player said to
play like trash, a feeder reported, a team or a role called noob or the worst, and the
clean lines in the same words (the writer's own record or play, a good record, the
match's score, feeding a rune), and friendly swearing, measured at default settings
(`Scorer()`). The lines are in gamechat43_probe_lines.py and gamechat43_holdout_lines.py.

On 914d909d before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 19 caught, 0 clean flagged, 0 swearing flagged. After the round's lexicon
lines ("plays like trash", "played like garbage", "nood"...) and targeting_gamechat43.py:
23 caught, 0 flagged, 0 swearing flagged. The misses: a bare K/D record beside a hero or
a role has no lexicon word to hang on (the matcher also refuses a hit with no letter),
and a report of a feeding player is CONDA's action class, clean ("report tinker
feeding").

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 914d909d, 21 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing suite):
23 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import gamechat43_holdout_lines as held
from tests.core.scoring import gamechat43_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A K/D record with no lexicon word beside it; a report of a player's feeding (CONDA's
# action class) and "keeps feeding" read as a report of a player's play (chat9).
KNOWN_MISSES: frozenset[str] = frozenset({
    "pa 2-13 gg end", "jungle 0/7 again", "void 3-16 nice game",
    "report lion feeding", "report the feeder", "invoker keeps feeding",
})  # fmt: skip
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.79  # 23 of 35 caught, 0 flagged: 0.793
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 23  # the final count (21 of 40 on 914d909d)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 914d909d)


class TestGameChat43Probe(ProbeRoundChecks):
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
