"""The hatecheck13 rules (issue 8, targeting_hatecheck13.py, the "hatecheck13" lexicon lines
and the plural "z" of hate_spelling.py) as their specification: each shape with fresh lines
(written after its rule, never tuned on), and the clean near-misses beside it (no group
named, a negation, a thing, news, someone else's claim reported, a group's game praised).
English only: the shapes are English ones."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

# fmt: off
HOSTILE: tuple[str, ...] = (
    # a name said of a group across adverbs, or a person-only name said of a group
    "immigrants are basically filthy",
    "jews are inherently evil",
    "gay men are all just disgusting",
    "black people are genetically stupid",
    "roma are usually dirty",
    "muslims are a danger to our kids",
    "gypsies are a disgrace to europe",
    # a bare death verb with a group subject and a modal
    "the jews ought to just burn",
    "muslims must simply drown",
    "immigrants ought to burn",
    "gay people must simply hang",
    "refugees should go drown",
    # "never believe" / "can't trust" with a group after
    "never believe a jew, they twist everything",
    "you can't trust gay men",
    "never believe any refugee",
    "you cannot trust a migrant",
    "I can't trust muslims",
    # "too many GROUP" in a place
    "too many jews in the media here",
    "there are too many trans people in our schools",
    "too many asians in this city",
    "way too many gypsies around here",
    "too many damn refugees in europe",
    # "gas the GROUP"
    "we should gas the gays",
    "gas the immigrants",
    # the writer's own opinion or question is no report
    "I think immigrants are rats",
    "don't you think jews are vermin?",
    # negated praise and implicit derogation (lexicon lines)
    "jews are no good",
    "refugees don't deserve respect",
    "a muslim will never be trusted",
    "immigrants are taking our jobs",
    "roma are a curse on this country",
    "gays should be thrown off a roof",
    # a plural "s" written "z"
    "gayz are disgusting",
)
CLEAN: tuple[str, ...] = (
    "these phones are basically trash",
    "muslims are not evil",
    "my kids are all evil lol",
    "refugees are mostly hard workers",
    "trans people are so welcome here",
    "my tomatoes should all just die",
    "refugees should not have to drown",
    "the batteries must simply die eventually",
    "never believe the polls",
    "you can't trust the forecast",
    "I cannot trust my memory",
    "never believe a word he says",
    "too many migrants drowned last year",
    "too many bugs in this release",
    "too many muslims in this country live in poverty",
    "gas the car",
    "step on the gas the light is green",
    "my boss thinks immigrants are lazy and I told him off",
    "she posted that muslims should die and got suspended",
    "he claims jews are rats, what a bigot",
    "fucking hell, women's rugby is brilliant",
    "damn, black people's history month events were great",
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
