"""The hatecheck20 probe (issue 8): every functional category of an English hate suite,
hostile and contrast, for eight groups, weighted to the shapes hatecheck19 left (a woman
belongs at home, the next group member gets a beating, singular "refugee", pronoun
references across sentences, spelling variations, a naming denounced). The lines are in
hatecheck20_probe_lines.py (tuning) and hatecheck20_holdout_lines.py (held back), all
written before any rule code was read.

On main before the round the probe's 30 hateful lines were caught 22/30 with 2/25 clean
lines flagged; after the round 29/30 and 2/25. Held-back batch (42 hateful, 40 clean of
which 5 friendly swearing): 36/42 caught, 0/40 clean and 0/5 swearing flagged before the
round; at the final count (after the whole scorer suite and the bench) 39/42 caught,
0/40 clean and 0/5 swearing flagged.
"""

from __future__ import annotations

from tests.core.scoring.hatecheck20_holdout_lines import HOLDOUT
from tests.core.scoring.hatecheck20_probe_lines import PROBE
from tests.core.scoring.probe_checks import TaggedProbe, TaggedProbeChecks

KNOWN_MISSES = frozenset(
    {
        # "girl" is no group noun (hatecheck11's SINGULARS): "a girl is ..." names one
        "a girl belongs at home with the kids",
    }
)
KNOWN_FALSE_FLAGS = frozenset(
    {
        # the condition ("if she wants to") is not read, as for the plural on main
        "a woman belongs at home if she wants to be there",
        # "they" across sentences is read as people even when the sentence before names
        # animals (main's reading, left alone)
        "The rats got in again. They are vermin.",
    }
)
HOLDOUT_CAUGHT_FLOOR = 39  # the final count: 39/42 (36/42 before the round)
HOLDOUT_FLAGGED_CAP = 0  # the final count: 0/40, friendly swearing 0/5 (0/40 before)


class TestHateCheck20Probe(TaggedProbeChecks):
    ROUND = TaggedProbe(
        probe=PROBE,
        holdout=HOLDOUT,
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        holdout_caught_floor=HOLDOUT_CAUGHT_FLOOR,
        holdout_flagged_cap=HOLDOUT_FLAGGED_CAP,
    )
