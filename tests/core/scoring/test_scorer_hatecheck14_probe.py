"""The hatecheck14 probe (issue 8): the non-hateful functions of the English HateCheck and
the Italian Multilingual HateCheck (friendly swearing beside a group or a person,
counter-speech and quotes, negated hate, neutral and positive mentions), their hateful
contrasts, and the hateful shapes hatecheck13 and italian12 left. The lines are in
hatecheck14_probe_lines.py (tuning) and hatecheck14_holdout_lines.py (held back), all
written before any rule code was read.

Before the round the default scorer caught 11/26 hateful probe lines and flagged 6/22
clean ones and 4/30 friendly-swearing lines ("shit, the muslim bakery is closed today",
"vaffanculo la sfortuna"); after targeting_hatecheck14.py and its lexicon lines: 19/26,
0/22 and 0/30. Held-back batch (44 hateful, 24 clean, 16 friendly swearing) before:
27/44 caught (Italian 12/21), 4/24 clean and 0/16 swearing flagged; at the final count
31/44 (Italian 14/21), 3/24 and 0/16, the floors here.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.hatecheck14_holdout_lines import HOLDOUT
from tests.core.scoring.hatecheck14_probe_lines import PROBE
from tests.core.scoring.probe_checks import BilingualProbeChecks, TaggedProbe, flagged

KNOWN_MISSES = frozenset(
    {
        # no word of either is in the lexicon
        "women are naturally weak",  # "weak" alone is a game word
        # a positive word denied of one member: unread
        # "believe", not "trust"
        # a positive denied with "nessun"
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()
HOLDOUT_CAUGHT_FLOOR = 31  # the final count: 31/44 (27/44 before the round)
HOLDOUT_FLAGGED_CAP = 3  # the final count: 3/40, friendly swearing 0/16 (4/40 before)
ITALIAN_HOLDOUT_FLOOR = 14  # the final count: 14/21 (12/21 before)


def test_friendly_swearing_beside_a_group_stays_clean(scorer: Scorer) -> None:
    """Every profanity_nh probe line in both languages (the held-back ones are counted
    in the floors below)."""
    lines = [text for _, kind, text in PROBE if kind.endswith("profanity_nh")]
    assert not flagged(scorer, lines)


class TestHateCheck14Probe(BilingualProbeChecks):
    ROUND = TaggedProbe(
        probe=PROBE,
        holdout=HOLDOUT,
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        holdout_caught_floor=HOLDOUT_CAUGHT_FLOOR,
        holdout_flagged_cap=HOLDOUT_FLAGGED_CAP,
    )
    ITALIAN_HOLDOUT_CAUGHT_FLOOR = ITALIAN_HOLDOUT_FLOOR
