"""The olid12 probe (issue 8, fifteenth session): tweet-style replies in the shapes the
round's brief names (a person or group judged by a verb phrase, "she lies all the time",
"he has no clue", "they ruin everything"; an adjective; a bare insulting noun phrase
after a mention; political name-calls; "shut up", "go away"; contempt, "nobody cares
what you think"), measured at default settings (`Scorer()`). The lines are in
olid12_probe_lines.py and olid12_holdout_lines.py, written before any rule was read.

On main before the round, the studied part (32 hostile, 22 clean, 6 untargeted
swearing): 23 caught, 3 clean flagged, 0 swearing flagged. After targeting_olid12.py:
30 caught, 0 flagged, 0 swearing. Main already caught the adjectives, the bare noun
phrases, the dismissals and the contempt; the verb phrases and three false readings
("the pain won't go away", "no one asked for a sequel", "you know nothing can stop us")
were the round's work.

The held-back part (40 hostile, 40 clean, 6 swearing), counted only at the start and
the end: before, 29 caught, 3 clean flagged, 0 swearing flagged (F1 0.806); after, 32
caught, 2 clean flagged, 0 swearing flagged (F1 0.865). Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid12_holdout_lines as held
from tests.core.scoring import olid12_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# The studied lines the round left missed: a word that names weather as often as a group
# ("snowflakes"), and "oh shut up", which an older lexicon line keeps clean (it is
# teasing as often).
KNOWN_MISSES: frozenset[str] = frozenset({
    "@USER snowflakes crying again", "@USER oh shut up already",
})  # fmt: skip

STUDIED_F1_FLOOR = 0.94
HELD_F1_FLOOR = 0.86  # final count: 32 of 40 caught, 2 of 40 flagged, F1 0.865
SWEARING_CEILING = 0.10  # OLID's untargeted-profanity control floor


class TestOlid12Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=frozenset(),
        studied_f1_floor=STUDIED_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_f1_floor=HELD_F1_FLOOR,
        held_flagged_cap=2,
    )
