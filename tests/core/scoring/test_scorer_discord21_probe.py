"""The discord21 probe (issue 8): Discord chat lines in the round's shapes (a trait
pinned on the reader, a mocking reply sent whole, boot-licking said to the reader, the
worst of a server role sent whole; boot-licking, "weird", "clingy", "who cares", "skill
issue" and "ur mid" were left unbuilt) and clean chat that looks alike (the same words
about oneself, a game or a thing, reassurance, a question going on, reports, banter),
measured at default settings (`Scorer()`). The lines are in discord21_probe_lines.py and
discord21_holdout_lines.py.

On base19b before the round, the studied part (40 hostile, 33 clean, 6 untargeted
swearing): 10 caught, 1 clean flagged, 0 swearing flagged. After targeting_discord21.py
and its lexicon lines: 23 caught, 1 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 7 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 6 caught, 0 flagged,
0 swearing flagged; after, 19 caught, 0 flagged, 0 swearing flagged (most misses are
the shapes left unbuilt).
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord21_holdout_lines as held
from tests.core.scoring import discord21_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left unbuilt: "skill issue" and a bare "ur mid" are friendly chat or a lane in earlier
# probes (discord's, discord11's, gamechat21's); "weird" is a group-first word (a term on
# it ungates it, group_only.py);
# "clingy"'s typos ("cling") would be lexicon words; "who cares" sent whole is most often
# a shrug in the data (it flagged about 17 clean rows); "licking" as a lexicon word moved
# an unrelated reading.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "ur so weird",
        "skill issue",
        "skill issue tbh",
        "massive skill issue",
        "sounds like a skill issue",
        "thats a skill issue",
        "skill issue lmao",
        "ur so clingy lol",
        "ur weird af",
        "who cares",
        "who cares lol",
        "and? who cares",
        "ok and? who cares",
        "keep licking those boots",
        "keep licking boots lol",
        "enjoy licking those boots",
    }
)
# Flagged on the base: "the worst" said of a person; a story about a past mod, left alone.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"the worst mod ever was on my old server"})

TUNE_F1_FLOOR = 0.71  # 23 of 40 caught, 1 flagged: 0.719
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 19  # the final count (6 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestDiscord21Probe(ProbeRoundChecks):
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
