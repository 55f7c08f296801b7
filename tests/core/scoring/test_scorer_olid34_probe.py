"""The olid34 probe (issue 8): targeted insults in tweet style that older rounds missed:
"people like you" blamed, a bigot noun the lexicon lacked said of a person ("he is a
homophobe", "you xenophobe", "she's an antisemite"), and a name-call closed by a hashtag
tail ("he is a racist #maga"); the clean lines in the same words that must stay clean
("people like you and me", the bigot nouns asked, denied, reported or about the word, a
hashtag after a clean line), and friendly swearing, measured at default settings
(`Scorer()`). The lines are in olid34_probe_lines.py and olid34_holdout_lines.py.

On dcc34c00 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 17 caught, 1 clean flagged, 0 swearing flagged. After targeting_olid34.py
and the three lexicon lines: 27 caught, 2 flagged, 0 swearing flagged. "people like you"
got no rule (on the even rows of toxic_spans and insults_train it is as often in
controls as in hostile rows), nor "white supremacist(s)" and the plurals (a movement
named, not a person), nor olid6's "a fraud" before a hashtag (its compound guard).

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on dcc34c00, 24 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After, counted once after the last change and the passing suite
(23142 passed, 2 xfailed): 31 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged.
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid34_holdout_lines as held
from tests.core.scoring import olid34_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# No rule for these shapes (see above).
KNOWN_MISSES: frozenset[str] = frozenset({
    "it's people like you who wreck this country",
    "it is people like you that poison every debate", "people like you never learn",
    "they are white supremacists", "that guy is a white supremacist",
    "you homophobic bigots never stop", "@USER you're a white supremacist",
    "she is a fraud #metoo",
})  # fmt: skip
# A question to the reader with an insult in it reads as aimed, as "how do you define a
# bigot?" already did.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "@USER how do you define a xenophobe?",
})  # fmt: skip

TUNE_F1_FLOOR = 0.84  # 27 of 35 caught, 2 flagged: 0.844
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged at the start
HELD_CAUGHT_FLOOR = 31  # the final count (24 of 40 on dcc34c00)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on dcc34c00)


class TestOlid34Probe(ProbeRoundChecks):
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
