"""Shapes of the hatecheck29 round (targeting_hatecheck29, hatecheck29_words, its
identity_attack.txt lines), at default settings: a wish for fewer of a named group ("we
need fewer women in tech", "the fewer immigrants the better", "we don't need any more
refugees", "no more immigrants") and the writer fed up with a named group ("i've had
enough of jews", "i've had it with trans people", "i'm done with women"); with the
look-alikes that stay clean: the same frames at things or non-protected people, a group
that is not the object or goes on to a state, a harm or a wrong done to it, someone
else's saying, quoting.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.lexicon_compile import build_lexicon
from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a wish for fewer of a group
    "we need fewer muslims in britain", "our town needs fewer refugees",
    "we definitely need far fewer immigrants", "i want fewer jews on tv",
    "we must have fewer trans people in schools", "need fewer immigrants here",
    "we need less black people", "europe needs less muslims now",
    "the fewer trans people the better", "the fewer of these immigrants around the better",
    "we don't need any more muslims",
    "this town doesn't want any more refugees", "no more jews in this country",
    "no more refugees please",
    # the writer fed up with a group
    "i've had enough of black people", "we have had enough of refugees",
    "i've honestly had it with muslims", "ive had it with women",
    "enough of these jews already", "enough of trans people",
    "i'm so done with immigrants", "im done with disabled people",
    "we're done with muslims", "i am completely done with women now",
    "we could do with fewer immigrants", "there should be fewer muslims",
    "britain would be better with fewer refugees", "i'd like fewer jews around",
    "fewer immigrants please", "Fewer muslims.", "i've had enough of you jews",
    "enough with the immigrants", "i'm so tired of women", "i am tired of trans people",
    # the older reading kept beside the round's words
    "women are the less intelligent gender", "we don't want any more jews",
)  # fmt: skip

CLEAN = (
    # the same frames at things or non-protected people
    "we need fewer rules", "the fewer bugs the better", "we need less noise",
    "we don't need any more drama", "we don't want any more drama",
    "we don't want any more immigrants dying", "no more spoilers please",
    "i've had enough of this heat",
    "i've had it with my landlord", "enough of the excuses", "i'm done with this semester",
    "we need fewer people like you", "i'm done with you",
    # the group not the object, or going on to a state, a harm or a wrong
    "we need more women in science", "we need fewer barriers for trans people",
    "we need fewer attacks on jews", "we need fewer refugees drowning at sea",
    "we need fewer black people in prison", "we need fewer muslims in poverty",
    "no more women being harassed", "no more gay kids bullied",
    "we don't need any more immigrants dying", "i've had enough of jews being blamed",
    "i'm done with people mocking disabled people", "enough of the hate against immigrants",
    "there are not enough women in tech", "the more immigrants the better",
    "there should be no more women in danger",
    "we could do with fewer meetings", "there should be fewer muslims in prison",
    "the world would be better with fewer racists", "fewer women in tech than men",
    "far fewer immigrants came this year", "i'm tired of women being harassed",
    "i'm tired of you", "enough with the hate against jews", "he's tired of immigrants",
    "are you tired of women?",
    # someone else's saying, reported or quoted
    "saying we need fewer muslims is bigoted", "he's had it with immigrants",
    "she said she's done with jews", "\"no more immigrants\" is a racist slogan",
    "people who say we need fewer women in tech are sexist",
)  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck29_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck29_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_fewer_and_fed_words_stay_gated() -> None:
    """The round's new anchors ("fewer", "had") hold only its lines, read beside a named
    group: gated out of the clean fast path without a group, unknown to other rules."""
    english = build_lexicon(("en",))
    for word in ("fewer", "had"):
        assert word in english.index_words
        assert word not in english.known_words
        assert word in english.group_first_words
