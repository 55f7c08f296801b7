"""The italian28 probe (issue 8): Italian chat, Telegram and Twitter lines in the
round's shapes (a call for the gallows or the firing squad for people, a word of scorn
before a person noun) and clean lines that look alike (the same frames at things, days
and colds, reports and denials, counter-speech, self-talk, ordinary talk of people,
prison asked for a crime), measured at default settings (`Scorer()`). The lines are in
italian28_probe_lines.py and italian28_holdout_lines.py.

On base21 before the round, the studied part (46 hostile, 37 clean, 6 untargeted
swearing): 5 caught, 1 clean flagged, 0 swearing flagged. After targeting_italian28.py
and its lexicon line: 45 caught, 1 flagged, 0 swearing flagged.

The held-back part (45 hostile, 45 clean, 6 swearing), written with the probe and before
any rule (its "too many" lines added with the probe's, before that rule): before, 8 of
the first 40 caught, 0 flagged, 0 swearing flagged; after, 40 caught, 0 flagged, 0
swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian28_holdout_lines as held
from tests.core.scoring import italian28_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "politica" is read as politics (a thing) after a word of scorn.
KNOWN_MISSES: frozenset[str] = frozenset({
    "quella schifosa politica",
})  # fmt: skip
# An older reading: "quella lurida" said of a person outright, whatever follows.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "quella lurida cucina",
})  # fmt: skip

TUNE_F1_FLOOR = 0.97  # 45 of 46 caught, 1 flagged: 0.978
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 40  # the final count (8 of the first 40 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestItalian28Probe(ProbeRoundChecks):
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
