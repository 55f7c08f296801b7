"""Fourth hate probe, held-out batch (issue 8, hateprobe4): written last, never tuned on.

The probe files (hate_probe4_en_cases.py, hate_probe4_it_cases.py) were read to write
the rules, so their figures are in-sample. This batch was written after the rules, in
wordings of its own for the same functionalities and groups, and measured at default
settings: before the round the scorer flagged 44/72 English (61%) and 46/72 Italian (64%)
hateful cases, after it 49/72 (68%) and 53/72 (74%); friendly profanity 0/10 in each
language both times, and the same few other controls (a reclaimed slur, a complaint
about a comment) before and after. The counts may only improve.
"""

from __future__ import annotations

from tests.core.scoring.hate_probe4_fresh_cases import (
    FRESH_EN_HATEFUL,
    FRESH_EN_NON_HATEFUL,
    FRESH_IT_HATEFUL,
    FRESH_IT_NON_HATEFUL,
)
from tests.core.scoring.hate_probe4_support import HateSuite, HateSuiteChecks

EN_KNOWN_FALSE_FLAGS = frozenset(
    {
        "Me and the other dykes are hosting a picnic.",  # reclaimed
        "Your comment about black people was disgusting.",  # counter-speech
    }
)
IT_KNOWN_FALSE_FLAGS = frozenset({"Frocio e orgoglioso, sempre."})  # reclaimed


class TestFreshEnglish(HateSuiteChecks):
    SUITE = HateSuite(
        FRESH_EN_HATEFUL,
        FRESH_EN_NON_HATEFUL,
        recall_floor=49,  # of 72; 44 before the round
        known_false_flags=EN_KNOWN_FALSE_FLAGS,
        sizes=(72, 34),
    )


class TestFreshItalian(HateSuiteChecks):
    SUITE = HateSuite(
        FRESH_IT_HATEFUL,
        FRESH_IT_NON_HATEFUL,
        recall_floor=53,  # of 72; 46 before the round
        known_false_flags=IT_KNOWN_FALSE_FLAGS,
        sizes=(72, 34),
    )
