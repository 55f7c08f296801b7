"""The italian15 probe (issue 8): Italian hate speech about protected groups at default
settings (`Scorer()`), in the functions of a functional suite, aimed at what the older
rounds left: singular group nouns, deeds said of a group, clitic orders of harm, spelling
variations. The lines are in italian15_probe_lines.py (written from probing the scorer
before the round's rule code was read) and italian15_holdout_lines.py (held back, written
before any rule).

On main before the round the studied part (76 hostile, 45 clean, 5 of them friendly
swearing): 54 caught, 0 clean flagged. After targeting_italian15.py, its words and
lexicon lines: 72 caught, 0 flagged. The held-back part (45 hostile, 42 clean, 5 of them
friendly swearing), counted only at the start and the end: before, 26 caught and 0 clean
flagged; at the end, 36 caught and 0 clean flagged, none of the 5 swearing lines
flagged: the floors here. The known misses are data, so a line
that moves either way fails here.
"""

from __future__ import annotations

from tests.core.scoring import italian15_holdout_lines as held
from tests.core.scoring import italian15_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left alone: "arabo" and "nero" as group nouns (a language and a colour as often: "parlo
# arabo", "il nero ti sta bene"); the bare clitic order with no group named ("ammazzateli
# tutti" is a game order as often); "cacciamoli dall'italia" names no group. The abstract
# noun "omosessualità" is left out of the group nouns: it is a topic as often ("non
# sopporto gli eccessi, ma associare l'omosessualità alla pedofilia non è giusto"), so
# "l'omosessualità è una malattia" stays missed.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "ammazzateli tutti",
        "cacciamoli tutti dall'italia",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

STUDIED_F1_FLOOR = 0.97  # 72 of 76 caught, none of 45 clean flagged
HELD_CAUGHT_FLOOR = 36  # the end's count: 36/45 (26/45 at the start)
HELD_FLAGGED_CAP = 0  # the end's count: 0/42, as at the start
SWEARING_CEILING = 0.0  # no friendly Italian swearing line flagged
HELD_SWEARING_CEILING = 0.0  # the end's count: 0/5, as at the start


class TestItalian15Probe(ProbeRoundChecks):
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
