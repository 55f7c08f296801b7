"""The hatecheck52 probe (issue 8): a group's name or a slur obfuscated in ways the
normaliser did not read: a look-alike letter of another script inside an otherwise Latin
word (Armenian "ս" and "օ", Greek "μ", Cherokee "ꮃ", Cyrillic "ӏ": "mսslims are a
plague", "ꮃomen belong in the kitchen"), a Latin IPA or hooked letter ("gɑys", "niɡɡers",
"ƒaggots") and a plural's "z" doubled or written where the plain plural has an everyday
sense ("jewzz", "fagz"); the same spellings said kindly or reported, words ending in
"z" ("jazz", "quiz"), real Armenian, Greek, Cyrillic and Cherokee text and symbols that
must stay clean, and friendly swearing, measured at default settings (`Scorer()`). The
lines are in hatecheck52_probe_lines.py and hatecheck52_holdout_lines.py.

On 2262ef95 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 15 caught, 0 clean flagged, 0 swearing flagged. After the round's spellings
(folding.latin_words, hatecheck52_words.py): 35 caught, 0 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 2262ef95, 13 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After the round, counted once after the last change and the
passing suite: 39 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. (Mid-round,
one count script also printed the held-back counts once, 39 caught and 0 flagged, no
lines; nothing was tuned on it.) Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck52_holdout_lines as held
from tests.core.scoring import hatecheck52_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Every studied hostile line is caught.
KNOWN_MISSES: frozenset[str] = frozenset()
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 35 of 35 caught, 0 flagged: 1.0
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (13 of 40 on 2262ef95)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 2262ef95)


class TestHateCheck52Probe(ProbeRoundChecks):
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
