"""The discord22 probe (issue 8): Discord chat lines in the round's shapes (looks mocked,
a member told nobody likes them, dogpiling, doxxing threats; the round built a crowd's
call to pile on a member, the crowd said to mock the reader and the reader's school
talked about) and clean chat that looks alike (the same words about oneself, a show or a
game character, support, reports, game talk, banter marked friendly), measured at
default settings (`Scorer()`). The lines are in discord22_probe_lines.py and
discord22_holdout_lines.py.

On base19d before the round, the studied part (36 hostile, 30 clean, 6 untargeted
swearing): 26 caught, 4 clean flagged, 0 swearing flagged. After targeting_discord22.py
and its lexicon lines: 31 caught, 3 flagged, 0 swearing flagged.

The held-back part (39 hostile, 39 clean, 7 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 30 caught, 3 flagged,
0 swearing flagged; after, 34 caught, 3 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord22_holdout_lines as held
from tests.core.scoring import discord22_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left unbuilt: looks mocked in words the lexicon would not know alone ("fix ur teeth",
# "imagine looking like that"); "nobody wants to see ur face" (gamechat's "nobody wants"
# reads a thing, as "nobody wants to see the spoilers"); "we all hate u lol" (a joke's
# mark, the older reading kept); "we only keep u here for the laughs".
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "nobody wants to see ur face",
        "go fix ur teeth lol",
        "imagine looking like that 💀",
        "we all hate u lol",
        "we only keep u here for the laughs",
    }
)
# Flagged on the base, left alone: a game boss read as a person; a song's title; banter
# with a kind turn ("keep the current reading", the round's brief).
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {
        "the new boss is ugly af 💀",
        "i know where u live is a song right",
        "everyone hates u jk we love u",
    }
)

TUNE_F1_FLOOR = 0.88  # 31 of 36 caught, 3 flagged: 0.886
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 34  # the final count (30 at the start)
HELD_FLAGGED_CAP = 3  # the final count (3 at the start)


class TestDiscord22Probe(ProbeRoundChecks):
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
