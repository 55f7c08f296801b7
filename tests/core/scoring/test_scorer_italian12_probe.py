"""The italian12 probe (issue 8): Italian at default settings (`Scorer()`), in the
functions of a Multilingual-HateCheck-style Italian suite and of Italian chat. The lines
are in italian12_probe_lines.py (tuning) and italian12_holdout_lines.py (held back), all
written before any rule code was read.

Before the round the default scorer caught 90/103 hostile probe lines and flagged 2/49
clean ones ("odiare gli ebrei è da ignoranti", the oath "porco giuda, ho sbagliato"); the
held-back batch: 47/52 hostile caught and 2/47 clean flagged. After targeting_italian12.py,
its words and lexicon lines: probe 100/103 and 0/49; held-back batch at the final count
48/52 hostile caught and 2/47 clean flagged (a friendly "vaffanculo la sfortuna" and the
counter-speech "scrivere che i gay meritano di morire è un crimine", both flagged on main
too), the floors here. The known misses are data, so a line that moves either way fails
here.
"""

from __future__ import annotations

from tests.core.scoring.italian12_holdout_lines import HOLDOUT
from tests.core.scoring.italian12_probe_lines import PROBE
from tests.core.scoring.probe_checks import BilingualProbeChecks, TaggedProbe

KNOWN_MISSES = frozenset(
    {
        # two letters swapped in a three-letter name: too many words read so
        "i musulmani sono parassit",  # the last letter dropped
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()
HOLDOUT_CAUGHT_FLOOR = 48  # the final count: 48/52 (47/52 before the round)
HOLDOUT_FLAGGED_CAP = 2  # the final count: 2/47, as before the round


class TestItalian12Probe(BilingualProbeChecks):
    ROUND = TaggedProbe(
        probe=PROBE,
        holdout=HOLDOUT,
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        holdout_caught_floor=HOLDOUT_CAUGHT_FLOOR,
        holdout_flagged_cap=HOLDOUT_FLAGGED_CAP,
    )
    ITALIAN_HOLDOUT_CAUGHT_FLOOR = HOLDOUT_CAUGHT_FLOOR
