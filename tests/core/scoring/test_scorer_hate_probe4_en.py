"""Fourth hate probe, English (issue 8, hateprobe4): recall on hateful cases, friendly
profanity and the other non-hateful controls, at default settings.

The cases (hate_probe4_en_cases.py) were written before the round read the rules; the
scorer flagged 145/190 hateful cases before the round's rules and 169/190 after, with no
friendly-profanity case flagged either time. These are the floors; the known misses and
false flags are listed so that any new one fails and any fix shows.
"""

from __future__ import annotations

from tests.core.scoring.hate_probe4_en_cases import EN_HATEFUL, EN_NON_HATEFUL
from tests.core.scoring.hate_probe4_support import HateSuite, KnownMissesChecks

KNOWN_MISSES = frozenset(
    {
        "Every time I see trans people my stomach turns.",
        "Muslims fill me with pure rage.",
        "Disabled people annoy the hell out of me.",
        "There's no group I hate more than jews.",
        "Being around women makes me feel ill.",
        "Nobody should have to put up with trans people.",
        "I'll make sure every immigrant here bleeds.",
        "The bitch should learn her place.",
        "You're just like every other immigrant, a thief.",
        # "good" is too common to wake the rules
        "Black peoplee are animals.",
    }
)
# Counter-speech that names the group and a judging word in one breath.
KNOWN_FALSE_FLAGS = frozenset(
    {
        "Your post about trans people is hateful.",
        "Calling gay people degenerates makes you a bigot.",
    }
)


class TestEnglishProbe(KnownMissesChecks):
    SUITE = HateSuite(
        EN_HATEFUL,
        EN_NON_HATEFUL,
        recall_floor=169,  # of 190 (0.89); 145 before the round
        known_false_flags=KNOWN_FALSE_FLAGS,
        sizes=(190, 74),
    )
    KNOWN_MISSES = KNOWN_MISSES
