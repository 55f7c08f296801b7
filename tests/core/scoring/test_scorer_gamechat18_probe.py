"""The eighteenth game-chat probe (issue 8): the last shapes main missed in game chat
across Dota, League, Valorant/Overwatch, CS and Fortnite/Roblox. The lines are in
gamechat18_probe_lines.py and gamechat18_holdout_lines.py, written before any rule.

On main before the round, the studied part (43 hostile, 48 clean, 10 swearing): 27
caught, 1 clean flagged, swearing 0 of 10 (F1 0.761). After targeting_gamechat18.py, the
"gamechat18" lexicon lines and the fixes at chat9's depth: 41 caught, 0 flagged,
swearing 0 of 10 (F1 0.976).

Known misses, left on purpose: "of course the girl is bottom frag" ("of course the girl"
also opens praise: "of course the girl carried us"); "WHY WOULD YOU DIVE" (the scorer
reads folded text, with no capitals, and "why would you dive" is also a question).

The held-back batch (40 hostile, 42 clean, 10 of them swearing), counted only at the
start and the end: 24 caught, 2 clean flagged, swearing 0 of 10 (F1 0.727) at the
start; 36 caught, 1 clean flagged, swearing 0 of 10 (F1 0.935) at the end. Its misses at
the end: "cypher is throwing lol", "katarina keeps throwing" (no owner and no blame
intensifier: chat9's report reading kept), "lol a girl on the team we lost", "WHAT WAS
THAT MID"; its flag is "useless trinket" (main's). The floors below are
that final count.
"""

from __future__ import annotations

from tests.core.scoring import gamechat18_holdout_lines as held
from tests.core.scoring import gamechat18_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset({
    "of course the girl is bottom frag", "WHY WOULD YOU DIVE",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

HELD_CAUGHT_FLOOR = 36
HELD_FLAGGED_CAP = 1
HELD_SWEARING_CEILING = 0.0


class TestGameChat18Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=0.97,
        swearing_ceiling=0.0,
        held_swearing_ceiling=HELD_SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
