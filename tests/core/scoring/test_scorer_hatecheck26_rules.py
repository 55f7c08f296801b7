"""Shapes of the hatecheck26 round (targeting_hatecheck26, hatecheck26_words, its
insult.txt lines), at default settings: a named identity group always at a vice ("women
are always moaning", "all refugees ever do is beg", "jews do nothing but scheme"), the
older habits of forum20 and hatecheck12 said of an identity group ("black people are
always whining", "immigrants are always whining about everything"), an older vice
after a habit's lead ("muslims are always lying", "immigrants only know how to steal"),
and an inability said whole ("women can't do anything right"); with the look-alikes
that stay clean: the same habits of a pet, a child, the writer or the reader as before,
a group always at a good thing or wronged, a habit denied, countered or reported, and
the inability of a thing. English only: the Italian rounds read their own habits.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.lexicon_compile import build_lexicon
from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the round's habits of a named group
    "women are always nagging us", "gay people are always playing the victim",
    "refugees are always scrounging off the state", "jews are always scheming something",
    "black people are always starting fights", "disabled people never stop moaning",
    "immigrants never stop begging for money", "all trans people ever do is moan",
    "muslims do nothing but scheme", "refugees only know how to beg",
    # the older habits of an identity group
    "black people are always whining", "all immigrants ever do is complain",
    "muslims never stop complaining", "trans people are always whining about everything",
    # an older vice after a habit's lead
    "women are always lying", "jews never stop lying", "all refugees ever do is lie",
    "black people only know how to steal", "immigrants are always scheming",
    # an inability said whole
    "muslims can't do anything right", "women are incapable of doing anything right",
    "gay people cannot do a single thing right",
)  # fmt: skip

CLEAN = (
    # the same habits of a pet, a child, the writer, one person
    "my puppy is always begging at the table", "the twins never stop moaning about school",
    "i'm always nagging my husband lol", "she's always scrounging for snacks",
    "my son only knows how to beg for sweets",
    # the reader and third persons read as before the round
    "you are always complaining", "you're always playing the victim",
    # a group always at a good thing, or wronged
    "women are always there for us", "refugees are always being scapegoated",
    "muslims never stop helping their neighbours", "all immigrants ever do is work",
    "trans people never lie about who they are",
    # a plea after the habit
    "refugees never stop begging for safety", "muslims are always begging allah for mercy",
    # a habit denied, countered, asked or reported
    "immigrants are not always begging", "not all women are always nagging",
    "saying jews are always scheming is antisemitic", "he said refugees are always begging",
    "\"black people are always stealing\" is a racist lie",
    # an inability of a thing or of oneself, an ability
    "this app can't do anything right", "i can't do anything right lately",
    "my team can't do anything right lol", "refugees can do anything right if given a chance",
)  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck26_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck26_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_habit_words_stay_unknown() -> None:
    """The round's new words anchor only its lines, read beside a named group: no known
    words to the other rules, and gated out of the clean fast path without a group."""
    lexicon = build_lexicon(("en",))
    for word in ("moaning", "begging", "nagging", "scrounging"):
        assert word in lexicon.index_words
        assert word not in lexicon.known_words
        assert word in lexicon.group_first_words
