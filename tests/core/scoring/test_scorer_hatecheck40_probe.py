"""The hatecheck40 probe (issue 8): English hate against identity groups spelled with one
vowel written as another in the group's name or the hateful word ("immigrunts are rats",
"i hate refugies", "jews are parisites", "women are stupud"), with a hateful plural's
"z" ("muslims are savagez") and the older spellings beside them (leet, spaced, run
together, starred); and clean lines that look alike (the same spellings said kindly,
neutrally, denied, asked, quoted, reported, of a thing or a non-protected topic, and
everyday words near a group's name or a hateful word), measured at default settings
(`Scorer()`). The lines are in hatecheck40_probe_lines.py and hatecheck40_holdout_lines.py.
"politicans are scum" is counted hostile: abuse of a group, protected or not, is hostile
under the project's definition, and the base already read it so.

On base32 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 12 caught, 0 clean flagged, 0 swearing flagged. After hatecheck40_words' typo
tables and targeting_hatecheck40.py: 33 caught, 1 flagged, 0 swearing flagged (the two
left respell with two edits, "degenerets", or an added letter, "wortheless"; the flag,
"are immigrants really animuls?", is the plain spelling's reading: the base flags "are
immigrants really animals?" as a loaded question).

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 13 caught, 0 flagged,
0 swearing flagged; after, 37 caught, 0 flagged, 0 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck40_holdout_lines as held
from tests.core.scoring import hatecheck40_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: two respellings no table reads, and the plain spelling's reading
# of a loaded question.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "trans people are degenerets",
        "disabled people are wortheless",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"are immigrants really animuls?"})

TUNE_F1_FLOOR = 0.95  # 33 of 35 caught, 1 flagged: 0.957
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (13 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestHateCheck40Probe(ProbeRoundChecks):
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
