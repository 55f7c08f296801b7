"""The insults13 probe (issue 8, fourteenth session): comment-thread name-calls at the
reader (a judged reading, "spoken like a true idiot", "learn to read, genius") with clean
look-alikes (an insult quoted or reported, profanity as emphasis, an insult word in its
other sense, oneself, reassurance).

The lines live in insults13_probe_lines.py (tuning) and insults13_holdout_lines.py (held
back), both written before any rule code was read. On main before the round the default
scorer caught 15/16 hostile probe lines and flagged 0/20 clean ones; the held-back batch,
30/40 and 0/40. After the round: probe 16/16 and 0/20; held-back 31/40 and 0/40 at the
final count (the floors here). The round kept one rule ("spoken like a true idiot", a probe
line) and one fix at depth ("learn to spell idiot"); two rules built from insults_train's
even rows ("look it up fool", "don't be a pussy and deny it") were dropped after the odd
half judged them. Fresh lines of each shape are in test_scorer_insults13_rules.py.
"""

from __future__ import annotations

from tests.core.scoring.insults13_holdout_lines import HOLDOUT
from tests.core.scoring.insults13_probe_lines import PROBE
from tests.core.scoring.probe_checks import TaggedProbe, TaggedProbeChecks

KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()
HOLDOUT_CAUGHT_FLOOR = 31  # the final count (30 at the start)
HOLDOUT_FLAGGED_CAP = 0


class TestInsults13Probe(TaggedProbeChecks):
    ROUND = TaggedProbe(
        probe=PROBE,
        holdout=HOLDOUT,
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        holdout_caught_floor=HOLDOUT_CAUGHT_FLOOR,
        holdout_flagged_cap=HOLDOUT_FLAGGED_CAP,
    )
