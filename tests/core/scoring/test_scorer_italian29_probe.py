"""The italian29 probe (issue 8): Italian chat, Telegram and Twitter lines in the
round's shapes (people called fit for the gallows with "da", a singular curse word
before a person noun) and clean lines that look alike (the same frames at things,
bosses and time, self-talk, denials and counter-speech, ordinary talk of people, pity
for people in need), measured at default settings (`Scorer()`). The lines are in
italian29_probe_lines.py and italian29_holdout_lines.py.

On base22 before the round, the studied part (39 hostile, 36 clean, 6 untargeted
swearing): 0 caught, 4 clean flagged (pity for refugees), 0 swearing flagged. After
targeting_italian29.py and its lexicon lines: 34 caught, 0 flagged, 0 swearing flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written with the probe and before
any rule: before, 0 caught, 3 flagged, 0 swearing flagged; after, 32 caught, 0 flagged, 0
swearing flagged (counted once, at the end; no rule changed after it).
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian29_holdout_lines as held
from tests.core.scoring import italian29_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "dannato" is no word the lexicon knows (adding it would make it a known word for
# every other rule); "fottuto" is swearing, read by the rules only in a short line;
# "da ammazzare" is left out (games' monsters and bosses).
KNOWN_MISSES: frozenset[str] = frozenset({
    "quel dannato giornalista", "sto dannato politico", "quei dannati politici",
    "quel fottuto politico ci ha rovinati", "sono tutti da ammazzare",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.93  # 34 of 39 caught, 0 flagged: 0.932
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 32  # the final count (0 at the start)
HELD_FLAGGED_CAP = 0  # the final count (3 at the start)


class TestItalian29Probe(ProbeRoundChecks):
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
