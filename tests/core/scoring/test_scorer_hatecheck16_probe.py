"""The hatecheck16 probe (issue 8): HateCheck's functions across the seven targets, aimed
at the spelling variations (swapped, dropped, run-together, spaced-out and leet letters)
and the exclusion shapes earlier rounds left ("never date a black girl", "keep gay people
away from schools", "that man is a rat"), with clean contrasts (friendly text with
ordinary typos, names, game words, spaced friendly words, neutral and positive mentions,
counter-speech, friendly profanity). The lines are in hatecheck16_probe_lines.py (tuning)
and hatecheck16_holdout_lines.py (held back), all written before any rule code was read.

On main before the round the probe's 60 hateful lines were caught 56/60 and 1/39 clean
lines flagged ("I hate mosquitoes, they are vermin"); after the round 59/60 and 0/39.
Held-back batch (47 hateful, 42 clean of which 5 friendly swearing) before: 41/47 caught,
1/42 clean and 0/5 swearing flagged; at the final count 43/47, 1/42 and 0/5.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.hatecheck16_holdout_lines import HOLDOUT
from tests.core.scoring.hatecheck16_probe_lines import PROBE
from tests.core.scoring.probe_checks import TaggedProbe, TaggedProbeChecks, flagged

KNOWN_MISSES = frozenset(
    {
        "I hate imigrnats",  # two edits in one name (a dropped "m" and a swap): left out
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()
HOLDOUT_CAUGHT_FLOOR = 43  # the final count: 43/47 (41/47 before the round)
HOLDOUT_FLAGGED_CAP = 1  # the final count: 1/42, friendly swearing 0/5 (1/42 before)


def test_friendly_swearing_beside_a_group_stays_clean(scorer: Scorer) -> None:
    """Every profanity_nh probe line (the held-back ones are counted in the floors)."""
    lines = [text for _, kind, text in PROBE if kind == "profanity_nh"]
    assert not flagged(scorer, lines)


class TestHateCheck16Probe(TaggedProbeChecks):
    ROUND = TaggedProbe(
        probe=PROBE,
        holdout=HOLDOUT,
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        holdout_caught_floor=HOLDOUT_CAUGHT_FLOOR,
        holdout_flagged_cap=HOLDOUT_FLAGGED_CAP,
    )
