"""The italian24 probe (issue 8): an Italian functional hate suite at default settings in
shapes the older rounds left out (a whole clause run together after its article, a group
or a member to be beaten, a group named as a topic and a bare verdict after it, a group's
worth or life denied; a second batch: disgust, a bullet deserved, "si fottano", the
worst species, nobody wanting a group), with clean look-alikes (the same words of a
thing, a game or the news, counter-speech, a slur talked about as a word, a reported
remark judged) and friendly swearing. The lines are in italian24_probe_lines.py and
italian24_holdout_lines.py.

On base19 before the round, the studied part's first batch (34 hostile, 32 clean, 5
untargeted swearing): 7 caught, 4 clean flagged, 0 swearing flagged; its second batch
(11 hostile, 11 clean), written after the first batch's rules and before its own: 0
caught, 0 flagged. After targeting_italian24.py, its words, its fixes at depth and
lexicon lines: 44 of 45 caught, 0 flagged, 0 swearing flagged.

The held-back part, written with each batch and before its rules (40 + 14 hostile, 40 +
12 clean, 6 swearing), counted only at the start of each batch and at the end: before,
9 + 0 caught, 3 + 0 flagged, 0 swearing flagged; after, 53 of 54 caught, 0 flagged,
0 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian24_holdout_lines as held
from tests.core.scoring import italian24_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# A vocation put on a group ("nate per servire") names nothing hostile by itself.
KNOWN_MISSES: frozenset[str] = frozenset({"le donne sono nate per servire gli uomini"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 44 of 45 caught, none flagged: 0.989
SWEARING_CEILING = 0.10  # the held-out Italian suite's share of friendly profanity
HELD_CAUGHT_FLOOR = 53  # the final count (9 at the start)
HELD_FLAGGED_CAP = 0  # the final count (3 at the start)


class TestItalian24Probe(ProbeRoundChecks):
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
