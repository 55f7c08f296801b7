"""The hatecheck49 probe (issue 8): a group's name or a slur written obfuscated in ways
hatecheck46's spellings did not read (two letters of a name starred out, "w*m*n"; a name
split by a hyphen, a dot or an underscore, "mus-lims", "ref_ugees"; a slur's plural or a
respelling, "darkies", "porch monkeys", "phaggots", "spicks"; "k" for a hard "c",
"afrikans"; slurs the lexicon lacked, "yids", "pajeets"), the same spellings in neutral
or kind statements, slurs reported or condemned and words that only look like a name or a
slur that must stay clean, and friendly swearing, measured at default settings
(`Scorer()`). The lines are in hatecheck49_probe_lines.py and hatecheck49_holdout_lines.py.

On 914d909d before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 13 caught, 1 clean flagged, 0 swearing flagged. After the round's spellings
(hatecheck49_words.py's docstring): 32 caught, 0 flagged, 0 swearing flagged. The three
misses: "fagz" reads as "fags", which the older rules leave unaimed in this shape as
they do the plain spelling; "imigrunts" is two edits from the name; "wops" was left out
of the lexicon ("woops" and "doo wop wops" in game chat and tweets read as it).

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 914d909d, 17 of 40 caught, 3 of 40 flagged, 0
of 6 swearing flagged. After the round, counted once after the last change and the
passing suite: 36 of 40 caught, 2 of 40 flagged, 0 of 6 swearing flagged. (Mid-round,
one count script also printed the held-back counts once, 36 caught and 3 flagged, no
lines; nothing was tuned on it.) Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck49_holdout_lines as held
from tests.core.scoring import hatecheck49_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "fags" in this shape is unaimed spelled plainly too; "imigrunts" is two edits away;
# "wops" is no lexicon word ("woops").
KNOWN_MISSES: frozenset[str] = frozenset({
    "imigrunts are rats", "wops are greasy criminals",
})  # fmt: skip
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 32 of 35 caught, 0 flagged: 0.955
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 36  # the final count (17 of 40 on 914d909d)
HELD_FLAGGED_CAP = 2  # the final count (3 of 40 on 914d909d)


class TestHateCheck49Probe(ProbeRoundChecks):
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
