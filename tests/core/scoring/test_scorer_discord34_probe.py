"""The discord34 probe (issue 8): Discord lines between teenagers aimed at the reader in
chat spelling, mostly threats and warnings in chat form ("u better watch out", "ur gonna
pay for this", "u will regret that", "wait till i see u", "u better run", "ill catch u
outside", "ur dead to me") with a few chat insults, and clean chat that looks alike (the
same words at a thing, in a game or of oneself, plans, asked, reported, quoted, kind
turns), measured at default settings (`Scorer()`). The lines are in
discord34_probe_lines.py and discord34_holdout_lines.py.

On base32 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 11 caught, 0 clean flagged, 0 swearing flagged. After targeting_discord34.py
and its lexicon lines: 30 caught, 0 flagged, 0 swearing flagged (the five left: the
three "watch ur mouth" lines, whose phrase was removed for the toxic_spans control, "ur
gonna get it", left out as a friend's encouragement as often, and "ur actually so
ugly"). Three studied lines were reworded mid-round (they repeated held-back lines word
for word): "ill catch u outside bro", "ur so gonna get it", "u r so dumb haha love u
bro"; each reads as before on base32, so the start counts stand.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 11 caught, 1 flagged,
0 swearing flagged; after, 32 caught, 1 flagged, 0 swearing flagged (its lines were not
read).
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord34_holdout_lines as held
from tests.core.scoring import discord34_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: "watch ur mouth" (removed), "ur gonna get it" (left out) and an
# "ugly" after "actually".
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "watch ur mouth",
        "better watch ur mouth",
        "u better watch ur mouth kid",
        "ur so gonna get it",
        "ur actually so ugly",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.92  # 30 of 35 caught, 0 flagged: 0.923
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 32  # the final count (11 at the start)
HELD_FLAGGED_CAP = 1  # the final count (1 at the start)


class TestDiscord34Probe(ProbeRoundChecks):
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
