"""The olid29 probe (issue 8): OLID-style replies in the round's shapes (the reader, one
person or a camp called a scornful political label the lexicon lacked: "@USER you are a
dupe", "Flake is a RINO", "she is a complete loon", "liberals are lemmings", "sit down
you crackpot", "what a kook") and clean lines that look alike (the same words at a bird,
a beast or a thing, at the writer, denied, asked, a condition, reported, quoted, a word
talked about, policy and untargeted talk), measured at default settings (`Scorer()`).
The lines are in olid29_probe_lines.py and olid29_holdout_lines.py.

On base32 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 1 clean flagged ("he is a mouthpiece for the team and does it well",
the older lexicon line "a mouthpiece for", left as it was), 0 swearing flagged. After
targeting_olid29.py and its lexicon lines: 35 caught, 1 flagged (the same), 0 swearing
flagged.

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 3 caught, 0 flagged,
0 swearing flagged; after, 40 caught, 0 flagged, 0 swearing flagged. Counted once at the
end, after the rules were final and the scorer suite passed; no rule changed after it.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid29_holdout_lines as held
from tests.core.scoring import olid29_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
# The older lexicon line "a mouthpiece for" reads a team's spokesman as scorned.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {"@USER he is a mouthpiece for the team and does it well"}
)

TUNE_F1_FLOOR = 0.98  # 35 of 35 caught, 1 flagged: 0.986
SWEARING_CEILING = 0.0  # 0 of 6 studied swearing lines flagged
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 40  # the final count (3 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestOlid29Probe(ProbeRoundChecks):
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
