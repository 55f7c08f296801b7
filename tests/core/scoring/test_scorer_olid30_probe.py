"""The olid30 probe (issue 8): lines in the round's shapes (a person or the reader given a
character fault the lexicon lacked, said whole after a being verb: "she is so rude", "he
is a real piece of work", "you are so condescending", "that guy is so full of himself";
a faint name-call as the pointer to one person: "this creep keeps messaging me", "that
sicko thinks it's funny") and clean lines that look alike (the same words at a thing, at
the writer, denied, asked, reported, the fault going on, the name-call describing a
thing), measured at default settings (`Scorer()`). The lines are in
olid30_probe_lines.py and olid30_holdout_lines.py.

On afa9c3a0 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 0 clean flagged, 0 swearing flagged. After targeting_olid30.py and
its lexicon lines: 31 caught, 0 flagged, 0 swearing flagged. The four misses are words
the scorer's word gate reads only beside a group's name ("entitled", "untrustworthy") and
close family, banter to the older rules ("your brother is so rude"); left as they were.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 1 caught, 0 flagged,
0 swearing flagged; after, 34 caught, 0 flagged, 0 swearing flagged. Counted once at the
end, after the rules were final and the scorer suite passed; no rule changed after it.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid30_holdout_lines as held
from tests.core.scoring import olid30_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Read only beside a group's name by the scorer's word gate, or close family (banter).
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "she is so entitled",
        "he is untrustworthy",
        "you are so entitled",
        "your brother is so rude",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.93  # 31 of 35 caught, 0 flagged: 0.939
SWEARING_CEILING = 0.0  # 0 of 6 studied swearing lines flagged
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 34  # the final count (1 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestOlid30Probe(ProbeRoundChecks):
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
