"""The tenth HateCheck-style probe (issue 8, hatecheck10): the shapes the ninth round
still missed, for the protected groups in English and Italian, hateful and clean.

The lines live in hatecheck10_probe_lines.py (tuning) and hatecheck10_holdout_lines.py
(held back), all written before any rule code was read. Before the hatecheck10 rules the
default scorer flagged 25/56 English and 27/44 Italian hateful probe lines, 0/29 English
and 0/12 Italian clean ones and 0/8 profanity-only lines. HOLDOUT (85 lines): 26/42
hateful (11/17 Italian) and 0/43 clean flagged before the rules; 40/42 (17/17) and 0/43
at the final count, the floors here. The probe after the rules: 51/56, 43/44, 0/29, 0/12
and 0/8. The known misses and false flags are data, so a line that moves either way
fails here.
"""

from __future__ import annotations

from tests.core.scoring.hatecheck10_holdout_lines import HOLDOUT
from tests.core.scoring.hatecheck10_probe_lines import PROBE
from tests.core.scoring.probe_checks import BilingualProbeChecks, TaggedProbe

KNOWN_MISSES = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()
HOLDOUT_CAUGHT_FLOOR = 40
HOLDOUT_IT_CAUGHT_FLOOR = 17
HOLDOUT_FLAGGED_CAP = 0


class TestHateCheck10Probe(BilingualProbeChecks):
    ROUND = TaggedProbe(
        probe=PROBE,
        holdout=HOLDOUT,
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        holdout_caught_floor=HOLDOUT_CAUGHT_FLOOR,
        holdout_flagged_cap=HOLDOUT_FLAGGED_CAP,
    )
    ITALIAN_HOLDOUT_CAUGHT_FLOOR = HOLDOUT_IT_CAUGHT_FLOOR
