"""The seventeenth game-chat probe (issue 8): the chat of games other than Dota (League,
Overwatch, Valorant, CS, Fortnite, Roblox, Minecraft). The lines are in
gamechat17_probe_lines.py and gamechat17_holdout_lines.py, written before any rule.

On main before the round, the studied part (39 hostile, 42 clean, 10 swearing): 29
caught, 0 clean flagged, swearing 0 of 10 (F1 0.853). After targeting_gamechat17.py, the
"gamechat17" lexicon lines and gamechat8's player-only "bot" modifiers: 36 caught, 0
flagged, swearing 0 of 10 (F1 0.960).

Known misses, left on purpose: "our healer is throwing", "mercy keeps throwing" (chat9
reads a player's play reported, "sova is trolling", as no blame: CONDA's annotators leave
it unflagged); "go back to creative bot" ("bot" as a bare vocative may be said to a
Discord bot).

The held-back batch (40 hostile, 40 clean, 10 of them swearing), counted only at the
start and the end: 27 caught, 1 clean flagged, swearing 1 of 10 (F1 0.794) at the start;
29 caught, 1 clean flagged, swearing 1 of 10 (F1 0.829) at the end ("jett bottom frag every
round", "instalock reyna and still bottom frag" gained). Its misses at the end include
"bot lane gap", "sage diff", "mercy diff" (gap/diff after a lane or a hero the older rules
don't count), "our ana is throwing" (chat9's report reading), "phoenix bottom fragging
again lol" (no hero list has "phoenix"); its flag is "fucking creeper" (main's reading of
"creeper", here Minecraft's monster). The floors below are that final count.
"""

from __future__ import annotations

from tests.core.scoring import gamechat17_holdout_lines as held
from tests.core.scoring import gamechat17_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset({
    "mercy keeps throwing", "go back to creative bot",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

HELD_CAUGHT_FLOOR = 29
HELD_FLAGGED_CAP = 1
HELD_SWEARING_CEILING = 0.1


class TestGameChat17Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=0.95,
        swearing_ceiling=0.0,
        held_swearing_ceiling=HELD_SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
