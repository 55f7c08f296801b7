"""The italian14 probe (issue 8): Italian hate speech about protected groups at default
settings (`Scorer()`), in the functions of a functional suite. The lines are in
italian14_probe_lines.py (studied, written from probing the scorer before the round's
rule code was read) and italian14_holdout_lines.py (held back, written before any rule).

On main before the round the studied part (174 hostile, 48 clean, 3 of them friendly
swearing): 129 caught, 0 clean flagged. After targeting_italian14.py, its words and
lexicon lines: 158 caught, 0 flagged. The held-back part (45 hostile, 42 clean, 5 of them
friendly swearing), counted only at the start and the end: before, 37 caught and 0 clean
flagged; at the end, 38 caught and 0 clean flagged, none of the 5 swearing lines flagged:
the floors here. The known misses are data, so a line that moves either way fails here.
"""

from __future__ import annotations

from tests.core.scoring import italian14_holdout_lines as held
from tests.core.scoring import italian14_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left alone: the bare clitic orders with no group named ("ammazzateli tutti" reads as a
# game order as often), "normale"/"buono" as denied virtues (too common a word to hit),
# capability with "non possono" ("le donne non possono fare il prete" is a fact), the
# singular verb ("l'immigrato ruba"), and questions that carry no judging word.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "ammazzateli tutti",
        "cacciamoli tutti dall'italia",
        "nessun gay è normale",
        "non esiste un musulmano buono",
        "non ho mai visto un rom lavorare",
        "una donna non può fare il capo",
        "le donne non possono fare politica",
        "bruciamoli vivi",
        "rimandiamoli a casa loro",
        "tutte le donne sono uguali",
        "i musulmani non sanno cosa sia la civiltà",
        "non capisco perché diamo diritti ai disabili",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

STUDIED_F1_FLOOR = 0.95  # 158 of 174 caught, none of 48 clean flagged
HELD_CAUGHT_FLOOR = 38  # the end's count: 38/45 (37/45 at the start)
HELD_FLAGGED_CAP = 0  # the end's count: 0/42, as at the start
SWEARING_CEILING = 0.0  # no friendly Italian swearing line flagged
HELD_SWEARING_CEILING = 0.0  # the end's count: 0/5


class TestItalian14Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.PROBE_HOSTILE, probe.PROBE_CLEAN, probe.PROBE_CLEAN[:3]),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_CLEAN[:5]),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=STUDIED_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=HELD_SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
