"""Fourth hate probe, Italian (issue 8, hateprobe4): recall on hateful cases, friendly
profanity and the other non-hateful controls, at default settings.

The cases (hate_probe4_it_cases.py) were written before the round read the rules; the
scorer flagged 149/188 hateful cases before the round's rules and 171/188 after, with no
friendly-profanity case flagged either time. These are the floors; the known misses and
false flags are listed so that any new one fails and any fix shows.
"""

from __future__ import annotations

from tests.core.scoring.hate_probe4_it_cases import IT_HATEFUL, IT_NON_HATEFUL
from tests.core.scoring.hate_probe4_support import HateSuite, KnownMissesChecks

KNOWN_MISSES = frozenset(
    {
        "Sei come tutti gli immigrati, un ladro.",
        "Da gay sei ovviamente un pervertito.",
        "Tipico zingaro, rubi sempre.",
        "Tipico ebreo, pensi solo ai soldi.",
        "Gli immigrati non contribuiscono mai a nulla.",
        "Perché i disabili possono avere figli?",
        "Gli ebeir sono topi.",
        "Odio le done.",
    }
)
# Reclaimed slurs: the writer's own word, read as the slur.
KNOWN_FALSE_FLAGS = frozenset(
    {
        "Io e i miei amici froci andiamo al pride.",
        "Da frocio dico che questo film è bellissimo.",
    }
)


class TestItalianProbe(KnownMissesChecks):
    SUITE = HateSuite(
        IT_HATEFUL,
        IT_NON_HATEFUL,
        recall_floor=171,  # of 188 (0.91); 149 before the round
        known_false_flags=KNOWN_FALSE_FLAGS,
        sizes=(188, 74),
    )
    KNOWN_MISSES = KNOWN_MISSES
