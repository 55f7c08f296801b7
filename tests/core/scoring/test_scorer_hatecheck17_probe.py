"""The hatecheck17 probe (issue 8): HateCheck's functions across the seven targets, aimed
at the shapes hatecheck16 left ("women are awful", "you are nothing but a woman", "a
woman as president? no thanks", "I'd never let a muslim in my house"), with clean
contrasts (game subjects, one's own friends, a measure of what a group suffers, neutral
and positive mentions, counter-speech, non-protected names, friendly profanity). The lines
are in hatecheck17_probe_lines.py (tuning) and hatecheck17_holdout_lines.py (held back),
all written before any rule code was read.

Two probe labels were corrected after the first count, before any rule: "I would never
let a muslim near my kids." is exclusion (hateful; hateprobe7 already catches it) and
"you are nothing but a noob" insults the reader (hostile under issue 8). On main before the
round (labels corrected) the probe's 37 hateful lines were caught 10/37 and 2/32 clean
lines flagged; after the round 35/37 and 2/32 (the two are main's readings, kept).
Held-back batch (40 hateful, 40 clean of which 5 friendly swearing), counted at the start
and after the whole scorer suite and the bench: 12/40 caught, 5/40 clean and 0/5 swearing
flagged before; 38/40, 3/40 and 0/5 at the final count.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.hatecheck17_holdout_lines import HOLDOUT
from tests.core.scoring.hatecheck17_probe_lines import PROBE
from tests.core.scoring.probe_checks import TaggedProbe, TaggedProbeChecks, flagged

KNOWN_MISSES = frozenset(
    {
        "a gay president? disgusting",  # no "as"/"running": "president" alone is too common
        # "into my shop" left out: "shop" (and "into") would be new anchors of their own
        "i will never let a black person into my shop",
    }
)
KNOWN_FALSE_FLAGS = frozenset(
    {
        # older readings of "the worst" said of people in the room, kept (gamechat7 reads
        # "u guys are the worst" as hostile; whether teammates are a group is theirs)
        "my teammates are the worst",
        "the worst people in this lobby are the campers",
    }
)
HOLDOUT_CAUGHT_FLOOR = 38  # the final count: 38/40 (12/40 before the round)
HOLDOUT_FLAGGED_CAP = 3  # the final count: 3/40, friendly swearing 0/5 (5/40 before)


def test_friendly_swearing_stays_clean(scorer: Scorer) -> None:
    """Every profanity_nh probe line (the held-back ones are counted in the floors)."""
    lines = [text for _, kind, text in PROBE if kind == "profanity_nh"]
    assert not flagged(scorer, lines)


class TestHateCheck17Probe(TaggedProbeChecks):
    ROUND = TaggedProbe(
        probe=PROBE,
        holdout=HOLDOUT,
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        holdout_caught_floor=HOLDOUT_CAUGHT_FLOOR,
        holdout_flagged_cap=HOLDOUT_FLAGGED_CAP,
    )
