"""The italian20 probe (issue 8): an Italian functional hate suite at default settings by
category (derogation, dehumanising comparison, threats, slurs, hate with profanity,
pronoun reference, negated positives, questions and opinions, obfuscation) and by the
forms of its groups ("le arabe", "una nera", "quel nigeriano", "quella nigeriana"), and
Italian chat insults; clean contrasts (counter-speech, neutral and positive mentions, no
protected group, a jab answered kindly, friendly swearing). The lines are in
italian20_probe_lines.py (written before the round's rule code was read) and
italian20_holdout_lines.py (held back, written with it before any rule).

On main before the round the studied part (39 hostile, 29 clean, 5 of them friendly
swearing): 34 caught, 2 clean flagged. After the round: 39 caught, 0 flagged. The
held-back part (40 hostile, 40 clean, 6 of them swearing), counted only at the start and
the end: before, 36 caught, 4 clean flagged, 0 swearing lines flagged; at the end, 38
caught, 1 clean flagged, 0 swearing lines flagged: the floors here.
"""

from __future__ import annotations

from tests.core.scoring import italian20_holdout_lines as held
from tests.core.scoring import italian20_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

STUDIED_F1_FLOOR = 1.0  # 39 of 39 caught, 0 of 29 clean flagged
HELD_CAUGHT_FLOOR = 38  # the end's count: 38/40 (36/40 at the start)
HELD_FLAGGED_CAP = 1  # the end's count: 1/40 (4/40 at the start)
SWEARING_CEILING = 0.0  # no friendly swearing line flagged
HELD_SWEARING_CEILING = 0.0  # the end's count: 0/6, as at the start


class TestItalian20Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.PROBE_HOSTILE, probe.PROBE_CLEAN, probe.PROBE_CLEAN[:5]),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_CLEAN[:6]),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=STUDIED_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=HELD_SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
