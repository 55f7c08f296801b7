"""Shapes of the hatecheck28 round (targeting_hatecheck28, hatecheck28_words, its
insult.txt lines), at default settings: a place said to have too many of a named group
("the world has too many immigrants") and the writer's aversion to a named group in
forms the lexicon lacked ("i cannot stand black people", "i can't tolerate muslims",
"i can't bear being around trans people"); with the look-alikes that stay clean: the
same frames at things or non-protected people, a group going on to a state or to a
wrong done to it, someone else's saying or aversion, the claim framed as false.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.lexicon_compile import build_lexicon
from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a place that has too many of a group
    "the planet has too many muslims", "this country has got way too many jews",
    "germany has far too many refugees now", "we have too many immigrants here",
    "we've got too many muslims",
    "our city has too many trans people these days", "the country's got too many gays",
    "this town has too many of these immigrants",
    # the writer's aversion to a group
    "i cannot stand refugees", "i can not stand jews anymore", "i could never stand muslims",
    "i just can't tolerate black people", "cannot tolerate trans people",
    "i honestly can't bear being around women", "i hate being around immigrants tbh",
    "i can no longer stand disabled people", "i cannot stand all these muslims",
    # the older aversions still read when no wrong is done to the group
    "i'm sick of immigrants", "fed up with muslims",
    "i'm sick of immigrants being given free houses",
)  # fmt: skip

CLEAN = (
    # the same frames at things or non-protected people
    "the planet has too many plastic bags", "this country has got way too many taxes",
    "our city has too many scooters these days", "i cannot stand cilantro",
    "i can not stand waiting in line", "i could never stand opera",
    "i just can't tolerate lactose", "i hate being around smokers",
    "i cannot stand black licorice",
    # a group going on to a state, or to a wrong done to it; the writer's own company
    "the world has too many refugees who need help", "i have too many gay friends",
    "i cannot stand trans people getting mocked", "i can't stand gay people being bullied",
    "i can't bear black people being treated like that", "i cannot stand women who lie",
    "i love being around muslims",
    "i'm sick of immigrants being blamed for everything", "sick of trans people being mocked",
    "so fed up with muslims getting attacked",
    "i'm disgusted by black people being treated like that",
    # someone else's saying or aversion; the claim framed as false
    "stop saying this country has too many refugees",
    "my uncle thinks our town has too many jews", "he cannot stand women",
    "people who can't tolerate immigrants are bigots",
    "people who can't stand immigrants are bigots",
    "anyone who can't stand gay people needs therapy",
    "it's not true that this country has too many immigrants",
    "i don't think the world has too many immigrants",
)  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck28_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck28_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_aversion_words_stay_gated() -> None:
    """The round's new anchors ("near", "longer") hold only its lines, read beside a
    named group: gated out of the clean fast path without a group."""
    english = build_lexicon(("en",))
    for word in ("near", "longer"):
        assert word in english.index_words
        assert word not in english.known_words
        assert word in english.group_first_words
