"""The hatecheck18 probe (issue 8): HateCheck's functional categories across the issue's
groups (derogation, threats, slurs, profanity in hate, pronoun reference, negated
positives, questions, opinions, spelling variations) with clean contrasts (counter-speech,
neutral and positive mentions, negated hate, friendly profanity, non-protected targets,
reclaimed words). The lines are in hatecheck18_probe_lines.py (tuning) and
hatecheck18_holdout_lines.py (held back), all written before any rule code was read.

On main before the round the probe's 74 hateful lines were caught 68/74 with 2/35 clean
lines flagged; after the round 69/74 and 2/35. Held-back batch (53 hateful, 44 clean of
which 6 friendly swearing), counted at the start and after the whole scorer suite and the
bench: 49/53 caught, 2/44 clean and 0/6 swearing flagged before, and the same at the final
count (49/53, 2/44, 0/6): main already caught this batch's shapes, the round's rules reach
other wordings (the table tests).
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.hatecheck18_holdout_lines import HOLDOUT
from tests.core.scoring.hatecheck18_probe_lines import PROBE
from tests.core.scoring.probe_checks import TaggedProbe, TaggedProbeChecks, flagged

KNOWN_MISSES = frozenset(
    {
        # "tranny" is a [context] slur (also a car's gearbox): "that" alone names no one
        "look at that tranny",
        # "sick" after "they are all" may be illness; left
        "trans people exist and they are all sick",
        # the group and "every single one of them" in one sentence: hateprobe4 looks back
        # only to earlier sentences
        "I know many muslims and every single one of them is a terrorist",
        # accusations and rhetorical questions with no hate word
        "why do all muslims want to kill us?",
        "how can anyone like jews?",
    }
)
KNOWN_FALSE_FLAGS = frozenset(
    {
        # main's reading: the reader called a racist (hostile to the reader, conditionally)
        "if you think black people are inferior you are a racist",
        # the slur's homonym (a bundle of sticks) read as the slur
        "the faggot is an old word for a bundle of sticks",
    }
)
HOLDOUT_CAUGHT_FLOOR = 49  # the final count: 49/53 (49/53 before the round)
HOLDOUT_FLAGGED_CAP = 2  # the final count: 2/44, friendly swearing 0/6 (2/44 before)


def test_friendly_swearing_stays_clean(scorer: Scorer) -> None:
    """Every profanity_nh probe line (the held-back ones are counted in the floors)."""
    lines = [text for _, kind, text in PROBE if kind == "profanity_nh"]
    assert not flagged(scorer, lines)


class TestHateCheck18Probe(TaggedProbeChecks):
    ROUND = TaggedProbe(
        probe=PROBE,
        holdout=HOLDOUT,
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        holdout_caught_floor=HOLDOUT_CAUGHT_FLOOR,
        holdout_flagged_cap=HOLDOUT_FLAGGED_CAP,
    )
