"""The gamechat33 probe (issue 8): Dota 2 match chat that flames a player with a
name-call typed with one stray letter ("u iodiot", "idiotd mid", "ur so stuipid",
"usefless carry", "retardt mid") or "useless" mistyped ("uselees techies"), and clean
chat that looks alike (the same words at oneself, at a thing, denied, asked, reported,
quoted; "idiom", "noon", "stupor"; hero names), measured at default settings
(`Scorer()`). The lines are in gamechat33_probe_lines.py and gamechat33_holdout_lines.py.

On base28 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 20 caught, 0 clean flagged, 0 swearing flagged (the older tables already read
a doubled letter, "idiiot", and a swap, "idioat"). After gamechat33_words.flame_typos:
35 caught, 2 flagged, 0 swearing flagged. The two flagged are the older rules' readings
of the spelled word, which the typo now reaches: "u arent useless" (a denial with
"arent") and "is he an idiot?" (a question of a third person) are flagged on base28 as
spelled; this round adds no rule of its own to change them.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 22 caught, 0 flagged,
0 swearing flagged; after, 39 caught, 1 flagged, 0 swearing flagged (lines not read).
Only floors are kept for it.

The scorer suite ran once in full before a last fix and stopped at its one failure
(test_italian_is_off_unless_chosen: an English-only lexicon read "idiota" as an
"idiot" typo; no vowel is added as the ending now); after the fix the failing file and
every file after it, with tests/discord and the doc and layer tests, passed (1799).
"""

from __future__ import annotations

from tests.core.scoring import gamechat33_holdout_lines as held
from tests.core.scoring import gamechat33_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# The older rules' reading of the spelled word ("u arent useless").
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"u arent uselees"})

TUNE_F1_FLOOR = 0.97  # 35 of 35 caught, 2 of 32 flagged: 0.972
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (22 at the start)
HELD_FLAGGED_CAP = 1  # the final count (0 at the start)


class TestGameChat33Probe(ProbeRoundChecks):
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
