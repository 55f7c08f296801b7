"""The italian16 probe (issue 8): Italian hate speech at default settings in the shapes
italian15 left (singular verbs of group-only phrases, "il rom" and singular generic
subjects, sickness nouns of a group, a judging word followed by a nature tail, split
words). The lines are in italian16_probe_lines.py (written before the round's rule code
was read) and italian16_holdout_lines.py (held back, written before any rule).

On merge13 before the round the studied part (37 hostile, 35 clean, 5 of them friendly
swearing): 19 caught, 2 clean flagged. After the round: 36 caught, the same 2 flagged.
The held-back part (40 hostile, 41 clean, 5 of them swearing), counted only at the start
and the end: before, 21 caught, 1 clean flagged, 1 swearing line flagged; at the end,
29 caught, 1 clean flagged, 1 swearing line flagged: the floors here. The known misses
are data, so a line that moves either way fails here.
"""

from __future__ import annotations

from tests.core.scoring import italian16_holdout_lines as held
from tests.core.scoring import italian16_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left alone: "possiede tutti i giornali" (a quantifier inside the group-only phrase).
KNOWN_MISSES: frozenset[str] = frozenset({"l'ebreo possiede tutti i giornali"})
# Flagged on merge13 already and arguably right: "vaffanculo" said to the reader, and an
# insult ("è un ignorante") said of whoever makes the claim.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {
        "vaffanculo, mi hai fatto ridere troppo",
    }
)

STUDIED_F1_FLOOR = 0.95  # 36 of 37 caught, 2 of 35 clean flagged: F1 0.96
HELD_CAUGHT_FLOOR = 29  # the end's count: 29/40 (21/40 at the start)
HELD_FLAGGED_CAP = 1  # the end's count: 1/41, as at the start
SWEARING_CEILING = 0.2  # 1 of 5 friendly swearing lines flagged (the "vaffanculo" one)
HELD_SWEARING_CEILING = 0.2  # the end's count: 1/5, as at the start


class TestItalian16Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.PROBE_HOSTILE, probe.PROBE_CLEAN, probe.PROBE_CLEAN[:5]),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_CLEAN[:5]),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=STUDIED_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=HELD_SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
