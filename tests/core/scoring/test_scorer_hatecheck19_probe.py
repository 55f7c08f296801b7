"""The hatecheck19 probe (issue 8): the shapes hatecheck18 left (a group's place at home,
a lower form of life, the next group member I see, "fuck every", "nobody likes", a
group's smell, "death 2", never hire) with clean contrasts. The lines are in
hatecheck19_probe_lines.py (tuning) and hatecheck19_holdout_lines.py (held back), all
written before any rule code was read.

On main before the round the probe's 25 hateful lines were caught 11/25 with 1/18 clean
lines flagged; after the round 22/25 and 1/18. Held-back batch (40 hateful, 41 clean of
which 4 friendly swearing): 20/40 caught, 0/41 clean and 0/4 swearing flagged before the
round; at the final count (after the whole scorer suite and the bench) 33/40 caught, 0/41
clean and 0/4 swearing flagged.
"""

from __future__ import annotations

from tests.core.scoring.hatecheck19_holdout_lines import HOLDOUT
from tests.core.scoring.hatecheck19_probe_lines import PROBE
from tests.core.scoring.probe_checks import TaggedProbe, TaggedProbeChecks

KNOWN_MISSES = frozenset(
    {
        # "wife" is no identity group: hatecheck11's possessive reading needs one
        "a wife's place is in the kitchen",
        # the place named as the subject's complement, no "belong"/"place is" phrase
        "the place for women is the kitchen",
        # the group as the subject of a passive threat after "the next ... I see"
    }
)
KNOWN_FALSE_FLAGS = frozenset(
    {
        # counter-speech: "calling <group> <phrase> is vile" is not read for a phrase
    }
)
HOLDOUT_CAUGHT_FLOOR = 33  # the final count: 33/40 (20/40 before the round)
HOLDOUT_FLAGGED_CAP = 0  # the final count: 0/41, friendly swearing 0/4 (0/41 before)


class TestHateCheck19Probe(TaggedProbeChecks):
    ROUND = TaggedProbe(
        probe=PROBE,
        holdout=HOLDOUT,
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        holdout_caught_floor=HOLDOUT_CAUGHT_FLOOR,
        holdout_flagged_cap=HOLDOUT_FLAGGED_CAP,
    )
