"""The control12 probe (issue 8, control12): group mentions that attack nobody (a group
named in news or political talk, the speaker's own group, a reclaimed or mentioned slur,
vulgar words with no target, criticism of an act, sarcasm about ideas, counter-speech,
quoting, a thing abused), each beside hostile look-alikes.

The lines live in control12_probe_lines.py (tuning) and control12_holdout_lines.py (held
back), all written before any rule code was read. Before the control12 rules the default
scorer flagged 13/15 hostile probe lines and 0/33 clean ones; the held-back batch
36/41 hostile and 0/42 clean. After the rules, the same: probe 13/15 and 0/33, held-back
36/41 and 0/42 at the final count (the floors here). The probe's clean lines were already
clean: the rules came from the hate files' even rows and a functional-suite check, and
these lines hold that they cost no hostile line. The known misses are data, so a line
that moves either way fails here.
"""

from __future__ import annotations

from tests.core.scoring.control12_holdout_lines import HOLDOUT
from tests.core.scoring.control12_probe_lines import PROBE
from tests.core.scoring.probe_checks import TaggedProbe, TaggedProbeChecks

KNOWN_MISSES = frozenset(
    {
        "jews are behind every war, wake up",  # a conspiracy claim with no hostile word
        "oh sure, muslims are so peaceful, said no one ever",  # sarcasm
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()
HOLDOUT_CAUGHT_FLOOR = 36
HOLDOUT_FLAGGED_CAP = 0


class TestControl12Probe(TaggedProbeChecks):
    ROUND = TaggedProbe(
        probe=PROBE,
        holdout=HOLDOUT,
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        holdout_caught_floor=HOLDOUT_CAUGHT_FLOOR,
        holdout_flagged_cap=HOLDOUT_FLAGGED_CAP,
    )
