"""The hatecheck12 rules (issue 8, targeting_hatecheck12.py and the "hatecheck12" lexicon
lines) as their specification: each shape with fresh lines (written after its rule, never
tuned on), and the clean near-misses beside it (no group named, a denied or countered
claim, a grumble about one person, news)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

# fmt: off
HOSTILE: tuple[str, ...] = (
    # a modal and a death verb said of a group, and "deserve(s) to be" a killing
    "every migrant should hang",
    "all immigrants must die",
    "any refugee should drown on sight",
    "each refugee deserves to be lynched",
    "jews deserve to be gassed",
    "i rom dovrebbero annegare tutti",
    "gli stranieri meritano di essere ammazzati",
    # a singular group as the subject, modals between
    "a gypsy can never be trusted",
    "every foreigner deserves to be stabbed",
    # a singular group before a comma
    "never rent to an arab, they wreck everything",
    "never trust a mexican, they lie",
    # a clause joined to one whose subject is a group
    "lesbians are disgusting and must be cured",
    "gays are perverts and should be cured",
    # names kept only when said of a group
    "every jew is a terrorist",
    "why do gay people always whine so much?",
    "why do muslims always complain about everything?",
)
CLEAN: tuple[str, ...] = (
    "no migrant should hang for that",
    "nobody should die at sea",
    "nobody deserves to be stabbed for being a foreigner",
    "no one deserves to be lynched",
    "every refugee deserves to be heard",
    "the villain must die in the last act",
    "the boss should hang from the ceiling in phase 2",
    "nessun rom dovrebbe annegare",
    "never hire a plumber, they overcharge",
    "gays are gorgeous and should be celebrated",
    "my brother is a terrorist at chess lol",
    "the attacker was a terrorist, police said",
    "not every arab is a terrorist",
    "why does my mom always complain about everything?",
    "my wife always complains so much lol",
    "the myth that every jew is a terrorist needs to die",
)
# fmt: on


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_shapes(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.GROUP, verdict.explanation


@pytest.mark.parametrize("text", CLEAN)
def test_clean_near_misses(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation
