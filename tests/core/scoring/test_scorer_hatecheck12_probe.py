"""The twelfth HateCheck-style probe (issue 8, hatecheck12): English (and Italian) shapes
the eleventh round still missed (a singular-noun idiom followed by a comma, a group with
a modal and a death verb, "deserve to be murdered", "sick and should be cured", "can never
be trusted" of a singular group, "every muslim is a terrorist", "why do X always
complain"), hateful and clean.

The lines live in hatecheck12_probe_lines.py (tuning) and hatecheck12_holdout_lines.py
(held back), all written before any rule code was read. Before the hatecheck12 rules the
default scorer flagged 14/34 hateful probe lines and 1/35 clean ones; the held-back batch
(45 lines) 13/23 hateful and 1/22 clean; 21/23 and the same 1/22 at the final count, the
floors here. After the rules: probe 33/34 and 2/35. The known
misses and false flags are data, so a line that moves either way fails here.
"""

from __future__ import annotations

from tests.core.scoring.hatecheck12_holdout_lines import HOLDOUT
from tests.core.scoring.hatecheck12_probe_lines import PROBE
from tests.core.scoring.probe_checks import SuiteRecallChecks, TaggedProbe

KNOWN_MISSES = frozenset(
    {
        # "not one of them" after the comma
    }
)
KNOWN_FALSE_FLAGS = frozenset(
    {
        "a liar can never be trusted",  # flagged before this round
        # the claim put in the uncle's mouth after it: hatecheck10's attribution does
        # not reach past "is what"
        "never trust a migrant, they all lie is what my racist uncle says",
    }
)
HOLDOUT_CAUGHT_FLOOR = 21
HOLDOUT_FLAGGED_CAP = 1


class TestHateCheck12Probe(SuiteRecallChecks):
    ROUND = TaggedProbe(
        probe=PROBE,
        holdout=HOLDOUT,
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        holdout_caught_floor=HOLDOUT_CAUGHT_FLOOR,
        holdout_flagged_cap=HOLDOUT_FLAGGED_CAP,
        holdout_size=20,  # this short round's brief allowed 20 and 20
    )
    RECALL_FLOOR = 0.9
