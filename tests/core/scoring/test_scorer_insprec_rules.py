"""The insprec shapes (issue 8) as a table: comment-section words that call no one names.

- A thing or a deed as the subject of a name-call: "the hotel was a piece of crap",
  "their album is a piece of crap"; "the mayor is a piece of crap" stays aimed.
- A name-call inside an "if you ..." clause speaks of anyone who would: "if you act
  like a jerk at the counter they make you wait longer"; a name-call after the clause,
  on a condition ("if ur a moron"), at someone pointed at, orders and threats stay.
- Companies and agencies cursed at are things: "fuck you google", "screw you comcast"
  ([thing] cue lines); "fuck you bob" stays aimed.
- Words in a sense that names no one (benign.txt lines): literal trash ("take out the
  trash"), animals as animals ("could kill small animals"), "piss off" with an object
  ("will piss off the teachers"), "Dick" as a name ("Dick Cheney"), and the saying
  "opinions are like assholes".

Every line is written for this file, none taken from the data.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

THING_CLEAN = (
    "the hotel was a piece of crap",
    "their album is a piece of crap",
    "this phone is a piece of crap",
    "his comments are idiotic",
    "il film è una schifezza",
)
THING_HOSTILE = (
    "the mayor is a piece of crap",  # a person, for all the rule knows
    "this guy is a piece of crap",
    "your mom is a piece of crap",
    "the movie is a piece of crap and so are you",
)
IF_CLEAN = (
    "if you act like a jerk at the counter they make you wait longer",
    "if you drive like a maniac on this road the cops will stop you",
    "If you throw trash out of your window, you get a fine.",
)
IF_HOSTILE = (
    "if you believe that, you are an idiot",  # past the clause
    "if you think this is fine you're an idiot",  # "you" said again
    "if ur a moron, stay home",  # a name-call on a condition
    "if you weren't such a moron you would see it",
    "if u noob dont play ranked",
    "if you voted for that dumbass you regret it",  # pointed at someone
    "if you dont like it just stfu",  # an order
    "if you come here i will hurt you",  # a threat
)
THING_CURSED_CLEAN = (
    "fuck you google, stop tracking me",
    "screw you comcast",
    "fuck you, NSA",
)
THING_CURSED_HOSTILE = ("fuck you bob", "fuck you")
SENSE_CLEAN = (
    "her cooking could kill small animals",
    "volunteers pick up trash every saturday",
    "the new rule will piss off the teachers",
    "Dick Cheney was vice president",
    "opinions are like assholes, everyone has one",
)
SENSE_HOSTILE = ("piss off you idiot", "you are a dick", "you are trash")

HOSTILE = THING_HOSTILE + IF_HOSTILE + THING_CURSED_HOSTILE + SENSE_HOSTILE
CLEAN = THING_CLEAN + IF_CLEAN + THING_CURSED_CLEAN + SENSE_CLEAN


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


@pytest.mark.parametrize("text", THING_CLEAN[:4])
def test_thing_subject_is_an_object(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.target in (TargetKind.OBJECT, TargetKind.NONE), text
