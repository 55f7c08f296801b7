"""The thirteenth forum probe (issue 8): comment threads' derogation in the third person:
opponents and public figures named ("these clowns in congress", "what a clown this governor
is"), generic targets ("only a moron would say that"), "typical <label> <insult>", sneering
at the other commenter and groups run down, with the same frames about news, things and
oneself, and friendly profanity, as clean lines. The lines are in forum13_probe_lines.py and
forum13_holdout_lines.py, written before any rule.

On main before the round, the studied part (34 hostile, 26 clean, 6 of them swearing): 26
caught, 0 clean flagged, swearing 0 of 6. After targeting_forum13.py: 29 caught, 0 clean
flagged, swearing 0 of 6 (F1 0.92). Its misses are below: "what a clown this governor is"
(olid4 reads it only in a reply; test_scorer_precision pins "what a loser he is" clean in a
comment on its own), "typical trumper" ("trumper" is no lexicon line) and three groups run
down ("these politicians are all crooks", "the media are a bunch
of liars", "his followers are brainwashed sheep"), left alone: the functional hate suites
count abuse of professions and followers as non-hateful (see targeting_olid4.py).

The held-back batch (42 hostile, 40 clean, 10 of them swearing), counted only at the start
and the end: before, 25 caught, 0 clean flagged, swearing 0 of 10 (F1 0.75); after, 29
caught, 0 clean flagged, swearing 0 of 10 (F1 0.82). The floors below are that final count.
"""

from __future__ import annotations

from tests.core.scoring import forum13_holdout_lines as held
from tests.core.scoring import forum13_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset({
    "typical trumper",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

HELD_CAUGHT_FLOOR = 29
HELD_FLAGGED_CAP = 0
HELD_SWEARING_CEILING = 0.0


class TestForum13Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=0.92,
        swearing_ceiling=0.0,
        held_swearing_ceiling=HELD_SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
