"""The ninth HateCheck-style probe (issue 8, hatecheck9): functional cases for the
protected groups in English and Italian, hateful and clean.

The lines live in hatecheck9_probe_lines.py (tuning) and hatecheck9_holdout_lines.py
(held back), all written before any rule code was read. Before the hatecheck9 rules the
default scorer flagged 84/106 English and 82/91 Italian hateful probe lines, 2/47 English
and 0/25 Italian clean ones and 0/15 profanity-only lines; after them 100/106, 89/91,
2/47, 0/25 and 0/15. HOLDOUT (97 lines): 41/52 hateful (17/22 Italian) and 1/45 clean
flagged before the rules, 43/52 (18/22) and 1/45 at the final count, the floors here.
The known misses and false flags are data, so a line that moves either way fails here.
"""

from __future__ import annotations

from tests.core.scoring.hatecheck9_holdout_lines import HOLDOUT
from tests.core.scoring.hatecheck9_probe_lines import PROBE
from tests.core.scoring.probe_checks import BilingualProbeChecks, TaggedProbe

KNOWN_MISSES = frozenset(
    {
        "we will burn down every black family's house",
        "disabled people are wortheless",
        "ma perché i disabili non restano a casa?",
    }
)
KNOWN_FALSE_FLAGS = frozenset(
    {
        "immigrants don't deserve to be treated like animals",
        "cockroaches are disgusting vermin",
    }
)
HOLDOUT_CAUGHT_FLOOR = 43
HOLDOUT_IT_CAUGHT_FLOOR = 18
HOLDOUT_FLAGGED_CAP = 1


class TestHateCheck9Probe(BilingualProbeChecks):
    ROUND = TaggedProbe(
        probe=PROBE,
        holdout=HOLDOUT,
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        holdout_caught_floor=HOLDOUT_CAUGHT_FLOOR,
        holdout_flagged_cap=HOLDOUT_FLAGGED_CAP,
    )
    ITALIAN_HOLDOUT_CAUGHT_FLOOR = HOLDOUT_IT_CAUGHT_FLOOR
