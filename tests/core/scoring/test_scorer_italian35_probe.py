"""The italian35 probe (issue 8): Italian posts that call a named politician a name (a
surname and a bare insult: "zingaretti pagliaccio", "meloni ladra"; "quella ladra della
meloni"; "meloni sei una ladra"; "zingaretti vergognati"; "meloni dimettiti, incapace";
"salvini a casa!") and clean posts that look alike (the surnames with neutral words, the
fruit "meloni", praise, questions, reported speech, counter-speech, the same insults at
no one, at oneself or at a thing), measured at default settings (`Scorer()`). The lines
are in italian35_probe_lines.py and italian35_holdout_lines.py.

On base29 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 7 caught, 0 clean flagged, 0 swearing flagged. After targeting_italian35.py,
its lexicon lines and the surname read whole: 32 caught, 0 flagged, 0 swearing flagged
(the three left: "X a casa!", a political slogan no shape reads).

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 9 caught, 0 flagged,
0 swearing flagged; after, 33 caught, 1 flagged, 0 swearing flagged (the seven left:
"X a casa!", "tajani servo", two calls with a word after them, "zingaretti dimettiti!";
the one flagged, "la schlein è davvero una ladra?", is an older word let through by the
round and read by italian30's outright copula, which the round's asked-cancel does not
cover for its own calls; left as counted, no rule changed after). Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import italian35_holdout_lines as held
from tests.core.scoring import italian35_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: the slogan "X a casa!", which no shape reads.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "salvini a casa!",
        "meloni a casa subito",
        "zingaretti a casa!!",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 32 of 35 caught, 0 flagged: 0.955
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 33  # the final count (9 at the start)
HELD_FLAGGED_CAP = 1  # the final count (0 at the start)


class TestItalian35Probe(ProbeRoundChecks):
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
