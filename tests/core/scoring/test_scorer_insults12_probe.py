"""The insults12 probe (issue 8, eleventh session): profanity that is not an insult
(about a thing, emphasis, praise, oneself, narrative and reported words, a third party's
action, rhetorical questions about things) with hostile look-alikes in the same words.

The lines live in insults12_probe_lines.py (tuning) and insults12_holdout_lines.py (held
back), both written before any rule code was read. On main before the round the default
scorer caught 26/29 hostile probe lines and flagged 1/62 clean ones ("you're the only
motherfucker here who makes sense"); the held-back batch, 35/44 and 0/48. After the
round: probe 26/29 and 0/62; held-back 35/44 and 0/48 at the final count (the floors
here): the round's shapes were already clean in the held-back batch, and its nine misses
are hostile lines (a dismissal, "a greedy bastard" said of a landlord) this precision
round did not take up. The known misses are data, so a line that moves either way fails
here.
"""

from __future__ import annotations

from tests.core.scoring.insults12_holdout_lines import HOLDOUT
from tests.core.scoring.insults12_probe_lines import PROBE
from tests.core.scoring.probe_checks import TaggedProbe, TaggedProbeChecks

# Missed on main too, hostile words this round (a precision round) did not take up: an
# insult noun after "fucking" read as a thing's, a judging word with no person noun
# after it, and a dismissal with no hostile word.
KNOWN_MISSES = frozenset(
    {
        "he is a shitty person",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()
HOLDOUT_CAUGHT_FLOOR = 35
HOLDOUT_FLAGGED_CAP = 0


class TestInsults12Probe(TaggedProbeChecks):
    ROUND = TaggedProbe(
        probe=PROBE,
        holdout=HOLDOUT,
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        holdout_caught_floor=HOLDOUT_CAUGHT_FLOOR,
        holdout_flagged_cap=HOLDOUT_FLAGGED_CAP,
    )
