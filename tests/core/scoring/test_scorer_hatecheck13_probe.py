"""The thirteenth HateCheck-style probe (issue 8, hatecheck13): English lines over every
HateCheck function (expressed hate, negative attributes, dehumanisation, implicit
derogation, threats, slurs, profanity-based hate, pronoun reference, negated positives,
questions, opinions, spelling variants) and their clean counterparts (neutral and
positive mentions, negated hate, counter-speech and quotes, abuse of things, slur
homonyms, reclaimed slurs, friendly profanity).

The lines live in hatecheck13_probe_lines.py (tuning) and hatecheck13_holdout_lines.py
(held back), all written before any rule code was read. Before the hatecheck13 rules the
default scorer flagged 58/68 hateful probe lines and 2/37 clean ones; the held-back batch
(98 lines) 48/54 hateful and 3/44 clean; 50/54 and the same 3/44 at the final count, the
floors here. After the rules: probe 65/68 and 0/37. The known misses are data, so a line that moves
either way fails here.
"""

from __future__ import annotations

from tests.core.scoring.hatecheck13_holdout_lines import HOLDOUT
from tests.core.scoring.hatecheck13_probe_lines import PROBE
from tests.core.scoring.probe_checks import SuiteRecallChecks, TaggedProbe

KNOWN_MISSES = frozenset(
    {
        # "lazy" (0.5) said of a group stays under 0.5
        "look at that tranny",  # "tranny" is also a gearbox: no person found
        # the wish said of "they" after "and": not read as the group
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()
HOLDOUT_CAUGHT_FLOOR = 50
HOLDOUT_FLAGGED_CAP = 3


class TestHateCheck13Probe(SuiteRecallChecks):
    ROUND = TaggedProbe(
        probe=PROBE,
        holdout=HOLDOUT,
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        holdout_caught_floor=HOLDOUT_CAUGHT_FLOOR,
        holdout_flagged_cap=HOLDOUT_FLAGGED_CAP,
    )
    RECALL_FLOOR = 0.9
