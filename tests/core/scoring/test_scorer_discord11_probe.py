"""The discord11 probe (issue 8): a week of a large Discord server's chat, measured at
default settings (`Scorer()`). The lines are in discord11_probe_lines.py and
discord11_holdout_lines.py.

On main before the round, the studied part (60 hostile, 60 clean, 10 untargeted
swearing): 42 caught, 8 clean flagged, 1 swearing flagged. After targeting_discord11.py
and its lexicon lines: 53 caught, 6 flagged, 1 swearing flagged (F1 0.891).

The held-back part (40 hostile, 40 clean, 10 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 28 caught, 6 flagged,
1 swearing flagged; after, 33 caught, 4 flagged, 1 swearing flagged. Only floors are
kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord11_holdout_lines as held
from tests.core.scoring import discord11_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Run-downs with no insult word ("ai slop", "painful to listen to"), a taunt whose
# vocative reads as the writer's ("block me then, coward, u wont"), "kys" after a joke
# "kms", a put-down with no hostile word ("for once in your life", "cares about you"),
# and a meme-channel threat.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "imagine thinking anyone in this server cares about you lmao",
        "just kms- i mean kys",
        "block me then, coward, u wont",
        "can you stop talking for once in your life",
        "keep it up and ur face is going in the meme channel",
        "ur art looks like ai slop, quit",
        "your covers are painful to listen to, stop posting them",
    }
)
# Lyrics marked by music-note emoji, a lobby kick for being afk, "nobody asked you to do
# it alone" as reassurance, Italian orders softened by a laugh or praise after "che", a
# neighbour's joke, and Minecraft's creepers read as people.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {
        "🎵 go away, go away, go away 🎵",
        "<@123456789012345678> nobody asked you to do the whole thing alone, we'll help",
        "vattene che ridi 😂",
        "ma stai zitto che sei troppo forte",
        "so dove abiti, sei il mio vicino 😂",
    }
)

TUNE_F1_FLOOR = 0.88
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 33  # the final count (28 at the start)
HELD_FLAGGED_CAP = 4  # the final count (6 at the start)


class TestDiscord11Probe(ProbeRoundChecks):
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
