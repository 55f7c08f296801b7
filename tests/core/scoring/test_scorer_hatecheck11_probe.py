"""The eleventh HateCheck-style probe (issue 8, hatecheck11): English shapes the tenth
round still missed (a question carrying the claim, an opinion frame, a singular group
noun, exclusion with no harm verb, a wish to witness a group's harm, spellings of group
names and hostile words), hateful and clean.

The lines live in hatecheck11_probe_lines.py (tuning) and hatecheck11_holdout_lines.py
(held back), all written before any rule code was read. Before the hatecheck11 rules the
default scorer flagged 51/78 hateful probe lines, 4/59 clean ones and 0/8 profanity-only
lines. HOLDOUT (87 lines): 30/43 hateful and 4/44 clean flagged before the rules; 37/43
and the same 4/44 at the final count, the floors here. The probe after the rules: 73/78,
4/59 (the same four lines as before) and 0/8. The
known misses and false flags are data, so a line that moves either way fails here.
"""

from __future__ import annotations

from tests.core.scoring.hatecheck11_holdout_lines import HOLDOUT
from tests.core.scoring.hatecheck11_probe_lines import PROBE
from tests.core.scoring.probe_checks import SuiteRecallChecks, TaggedProbe

KNOWN_MISSES = frozenset(
    {
        "why do immigrants always bring crime with them?",
        "never let a jew handle your money",
        "disabled people are wortheless",  # a letter put in: no table holds insertions
        "I hae muslims",  # "hae" is as often "have"
        "I despize refugees",  # "z" for "s": no table holds it
    }
)
KNOWN_FALSE_FLAGS = frozenset(
    {  # all four flagged before this round too
        "why do people think immigrants are criminals?",
        "I can't bear to see the gays suffer like this",
        "people who ask why muslims are all so barbaric are bigots",
    }
)
HOLDOUT_CAUGHT_FLOOR = 37
HOLDOUT_FLAGGED_CAP = 4


class TestHateCheck11Probe(SuiteRecallChecks):
    ROUND = TaggedProbe(
        probe=PROBE,
        holdout=HOLDOUT,
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        holdout_caught_floor=HOLDOUT_CAUGHT_FLOOR,
        holdout_flagged_cap=HOLDOUT_FLAGGED_CAP,
    )
    RECALL_FLOOR = 0.65  # the held-out hate suites' recall floor
