"""The insults21 probe (issue 8): a forum commenter sent back to the nursery or put down
as a child ("get back to your crib", "go back to sucking your thumb", "run along little
boy, the grown ups are talking") and a commenter's brains measured low without a hostile
word the older rounds know ("it makes you sound smarter than you are", "you're not as
smart as you think you are", "you clearly have an iq of about 40", "your last brain cell
is lonely", "you have the reading skills of a toddler"), the clean lines in the same
words that must stay clean (oneself, a child, a plan, a high number, praise), and
friendly swearing, measured at default settings (`Scorer()`). The lines are in
insults21_probe_lines.py and insults21_holdout_lines.py.

On d105c1c7 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 12 caught, 0 clean flagged, 0 swearing flagged. After targeting_insults21.py:
26 caught, 0 flagged, 0 swearing flagged. The nine misses are other shapes: "go back to
sleep" (olid5's plain send-off), a bedtime or a school asked, the basement dweller said
of a third person, a comparison or a pregnancy asked, and discord27's dull things.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on d105c1c7, 16 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 29 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import insults21_holdout_lines as held
from tests.core.scoring import insults21_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Other shapes, left to later rounds.
KNOWN_MISSES: frozenset[str] = frozenset({
    "go back to sleep, we'll wake you when we need you", "isn't it past your bedtime?",
    "shouldn't you be in bed by now, kiddo",
    "typical keyboard warrior living in his mom's basement",
    "says the guy who lives in his mother's basement",
    "you prove that your iq is smaller than your shoe size",
    "an iq like yours should be studied by science",
    "you're about as bright as a burnt out bulb",
    "did your mom drink while she was pregnant with you?",
})  # fmt: skip
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.85  # 26 of 35 caught, 0 flagged: 0.852
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 29  # the final count (16 of 40 on d105c1c7)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on d105c1c7 too)


class TestInsults21Probe(ProbeRoundChecks):
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
