"""The olid8 round's rules (issue 8, eleventh session: targeting_olid8.py) as their
specification: each shape with fresh lines (written after the rule, never tuned on) and
the clean near-misses beside it (a thing, a peaceful end, a denial, an offer, a trade, an
animal, part of a group). The rules read English only; Italian lines check that nothing
of theirs leaks into Italian chat."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Severity, TargetKind

_THIRD = TargetKind.THIRD_PERSON
_READER = TargetKind.SECOND_PERSON
_ORDER = TargetKind.IMPERATIVE
_GROUP = TargetKind.GROUP

# fmt: off
HOSTILE: tuple[tuple[str, TargetKind], ...] = (
    # harm wished on a person or a group
    ("@USER i sure hope she chokes", _THIRD),
    ("@USER hoping that senator keels over soon", _THIRD),
    ("@USER may the whole gop rot in hell", _GROUP),
    ("@USER i pray he drops dead", _THIRD),
    ("i hope that jerk gets hit by a truck", _THIRD),
    ("@USER i hope trump gets hit by a bus", _THIRD),
    ("@USER i hope the refugees drown", _GROUP),
    ("@USER may they rot in hell", _GROUP),
    # the reader dismissed
    ("@USER now go have a seat", _ORDER),
    ("@USER keep your propaganda somewhere else", _ORDER),
    ("@USER go whine elsewhere", _ORDER),
    ("@USER who asked u", _READER),
    ("@USER get off my feed", _ORDER),
    # a person or a political group called an animal
    ("@USER that congressman is a hyena", _THIRD),
    ("@USER the democrats are a bunch of sheep", _GROUP),
    ("@USER what a worm he is", _THIRD),
    ("@USER her lawyer is a jackal", _THIRD),
    ("@USER what a toad she is", _THIRD),
    ("@USER liberals are sheep", _GROUP),
    ("@USER maga sheep", _GROUP),
    # a political group called a bad kind, as the predicate
    ("@USER republicans are godless", _GROUP),
    ("@USER antifa is a cult", _GROUP),
    ("@USER conservatives are just bad people", _GROUP),
    ("@USER the democrats are treasonous", _GROUP),
    ("@USER liberals are all soulless", _GROUP),
)

CLEAN: tuple[str, ...] = (
    # a wish of no harm, a thing, oneself, a denial, a figure of speech
    "@USER i hope she chokes back tears of joy at the wedding",
    "@USER hope he chokes back his pride and apologises",
    "@USER hope the printer dies before monday", "@USER i hope he never suffers again",
    "@USER may the best team win", "i hope my plants don't rot while i'm away",
    "@USER i hope he doesn't die", "@USER i hope she dies of old age surrounded by family",
    "@USER i hope this trend dies", "i hope i die in my sleep", "dont die pudge",
    "i will die on this hill", "Die Katze ist schwarz und die Hunde sind laut",
    # an offer, a place, a real question
    "@USER have a seat by the window, we saved it", "@USER please have a seat",
    "@USER we moved the meeting somewhere else",
    "@USER who asked you for the recipe? she did",
    "@USER take your dog somewhere else to play, the park is full",
    "@USER the party is elsewhere tonight", "@USER lets go somewhere else",
    # an animal, a trade, a question, a denial, awe at an animal
    "@USER my son has a pet toad", "@USER he is a worm expert at the museum",
    "@USER you are a sloth fan? me too",
    "@USER is she a hyena or a jackal?", "@USER he is a snake charmer", "@USER he is a gym rat",
    "@USER i smell a rat", "@USER he is not a snake", "holy cow", "@USER this cow is huge",
    "@USER what a snake, is it a python?", "@USER some liberals are sheep",
    # part of a group, a denial, a thing, a plain claim
    "@USER some republicans are godless and proud of it", "@USER the band is a cult favourite",
    "@USER not all democrats are bad people", "@USER democrats are meeting about the bill",
    "@USER liberals are hosting a bake sale", "@USER he has bad people skills",
    # Italian chat the English words must not reach
    "@USER spero che vinca lui", "@USER che serpente enorme", "@USER i liberali votano domani",
)
# fmt: on


@pytest.mark.parametrize(("text", "target"), HOSTILE)
def test_hostile_shapes(scorer: Scorer, text: str, target: TargetKind) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is target, verdict.explanation


@pytest.mark.parametrize("text", CLEAN)
def test_clean_near_misses(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


def test_a_wish_of_death_is_high_severity(scorer: Scorer) -> None:
    """A death wished on a person weighs as a threat, not as a name-call."""
    verdict = scorer.score("@USER i hope he dies")
    assert verdict.hostile
    assert verdict.severity is Severity.HIGH, verdict.explanation


def test_new_words_count_only_in_their_shapes(scorer: Scorer) -> None:
    """The round's words are animals, deaths and places as often as insults: alone, or
    beside a reply's mention, they stay clean."""
    for text in ("@USER snake", "@USER dies", "@USER elsewhere", "@USER godless", "@USER a cult"):
        assert not scorer.score(text).hostile, text


def test_a_hero_name_stays_a_name(scorer: Scorer) -> None:
    """No animal word of the round is a game hero's name: "shit viper" swears at the
    Dota 2 player on Viper, as the older rules read it."""
    assert scorer.score("shit viper").hostile
