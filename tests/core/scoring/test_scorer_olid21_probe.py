"""The olid21 probe (issue 8): tweet-like lines in the round's shapes (a person found
mentally unsound or unfit for an office, a swear-strengthened verdict noun, the reader
told they need psychiatric help, a person told they can go away now) and clean lines
that look alike (news and court findings, things unfit for use, help offered or asked
for, the writer's own mess, praise with a swear, a trip or a pain going away), measured
at default settings (`Scorer()`). The lines are in olid21_probe_lines.py and
olid21_holdout_lines.py.

On base19c before the round, the studied part (33 hostile, 29 clean, 6 untargeted
swearing): 7 caught, 1 clean flagged ("can you go away with us in june?"), 0 swearing
flagged. After targeting_olid21.py and its lexicon lines: 29 caught, 0 flagged, 0
swearing flagged (4 left, below).

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 8 caught, 1 flagged,
0 swearing flagged; after, 29 caught, 0 flagged, 0 swearing flagged (of the 11 misses,
6 name a person by a word the lists know, "Pelosi", "McCain"; 2 say "they"; the others
are "what a fucking joke he is", "you can go away and stay away" and "you need help.
serious help."). Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid21_holdout_lines as held
from tests.core.scoring import olid21_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left as they were: "Trump" is a known word, so "Trump is mentally unfit" has no person
# as its subject (as "Trump is mentally unstable" before); "mentally incapable of the job"
# has no lexicon line (it goes on past its clause); a laugh after the reader's help is a
# tease ("u need serious help lol"); "she can go away now nobody cares" goes on past "now".
KNOWN_MISSES: frozenset[str] = frozenset({
    "@USER @USER Trump is mentally unfit", "@USER the man is mentally incapable of the job",
    "@USER u need serious help lol", "@USER she can go away now nobody cares",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.93  # 29 of 33 caught (4 left, above), 0 flagged: 0.935
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_CAUGHT_FLOOR = 29  # the final count (8 at the start)
HELD_FLAGGED_CAP = 0  # the final count (1 at the start)


class TestOlid21Probe(ProbeRoundChecks):
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
