"""The hatecheck15 probe (issue 8): English HateCheck functions the default scorer still
missed after hatecheck14 (judging words outside the lexicon, virtues denied to one
member of a group, orders of distrust and exclusion, filth heaped on a group, shame or
silence told to a group) and their clean contrasts. The lines are in
hatecheck15_probe_lines.py (tuning) and hatecheck15_holdout_lines.py (held back), all
written before any rule code was read.

Before the round the default scorer caught 0/45 hateful probe lines (each was picked as
a miss) and flagged 1/43 clean ones ("women should stay safe walking home") and 0/6
friendly-swearing lines; after targeting_hatecheck15.py, its lexicon lines and the fixes
at their own depth: 40/45, 1/43 and 0/6. Held-back batch (44 hateful, 41 clean of which
8 friendly swearing) before: 18/44 caught, 1/41 clean and 0/8 swearing flagged; at the
final count 35/44, 2/41 and 0/8, the floors here.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.hatecheck15_holdout_lines import HOLDOUT
from tests.core.scoring.hatecheck15_probe_lines import PROBE
from tests.core.scoring.probe_checks import TaggedProbe, TaggedProbeChecks, flagged

KNOWN_MISSES = frozenset(
    {
        # "lazy" (0.5) said of a group weighs 0.475, below 0.5
        # the same for "ugly"
        # "creepy" (0.5) decides the reading
        # a "date" term turned "would you rather date a
        # really ugly girl ..." (formspring) into an insult at the reader: left out
    }
)
KNOWN_FALSE_FLAGS = frozenset(
    {
        "women are emotional beings and that's fine",  # "emotional" said of a group
    }
)
HOLDOUT_CAUGHT_FLOOR = 35  # the final count: 35/44 (18/44 before the round)
HOLDOUT_FLAGGED_CAP = 2  # the final count: 2/41, friendly swearing 0/8 (1/41 before)


def test_friendly_swearing_beside_a_group_stays_clean(scorer: Scorer) -> None:
    """Every profanity_nh probe line (the held-back ones are counted in the floors)."""
    lines = [text for _, kind, text in PROBE if kind == "profanity_nh"]
    assert not flagged(scorer, lines)


class TestHateCheck15Probe(TaggedProbeChecks):
    ROUND = TaggedProbe(
        probe=PROBE,
        holdout=HOLDOUT,
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        holdout_caught_floor=HOLDOUT_CAUGHT_FLOOR,
        holdout_flagged_cap=HOLDOUT_FLAGGED_CAP,
    )
