"""Shapes of the olid21 round (targeting_olid21, olid21_words, its lexicon lines and
targeting_olid.py's _PREDICATES), at default settings: a person found mentally unsound
or unfit for an office, a swear-strengthened verdict noun on the reader or a person, the
reader or a person told they need psychiatric help or therapy, the reader told they are
not welcome, a retort ("rich coming from a liar"), a person told they can go away now;
with the look-alikes that stay clean: news and court findings, things unfit for use,
help offered or asked for, the writer's own mess or family, the same verdict of a thing,
a report, a condition, a tease, praise with a swear, a trip or a pain going away."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # mentally unsound, unfit for an office
    "@USER the governor is mentally deranged",
    "you are mentally incompetent",
    "she is unfit for the presidency",
    "@USER he is totally unfit for office",
    "the senator is unfit to hold office",
    # a swear-strengthened verdict noun
    "@USER ur a fucking embarrassment",
    "she's such a fucking mess",
    "that senator is a fucking disaster",
    "he's a fuckin joke",
    "@USER you fucking joke",
    "@USER you're a fkn joke",
    "this coach is a fucking joke",
    # psychiatric help
    "@USER you need psychological help",
    "you really need some serious help",
    "@USER hes the one who needs professional help",
    "this guy needs mental help asap",
    "@USER you seriously need therapy",
    "she needs therapy",
    # not welcome, said whole
    "@USER you are not welcome",
    "you're not welcome anymore!",
    # a retort
    "@USER rich coming from a liar",
    "this coming from the biggest clown on twitter",
    # can go away now
    "@USER you can go away now",
    "she can go away forever",
)

CLEAN = (
    # news, court findings, questions
    "the court found her mentally incompetent to stand trial",
    "is he unfit for office?",
    "reports say he was unfit for duty",
    "the water is unfit for drinking",
    "mentally deranged people need care, not jail",
    # the writer, family, things
    "i'm a fucking mess today",
    "my sister is a fucking mess since the breakup",
    "this country is a fucking mess",
    "the new patch is a fucking joke",
    "what a fucking disaster",
    "do you fucking joke around",
    # a report or a condition
    "she said he's a fucking joke",
    "if he's a fucking joke then so are you",
    # help offered or asked for
    "do you need professional help?",
    "if you need professional help please reach out",
    "you need professional help for your taxes",
    "my dad needs professional help after the stroke",
    "she needs psychiatric help and i hope she gets it",
    "professional help is free on campus",
    "i need serious help with this essay",
    "i need therapy after that finale",
    "my cousin needs therapy",
    "you need therapy for that shoulder",
    "we all need therapy lol",
    # a tease
    "u need serious help lmao",
    # praise with a swear
    "he's a fucking legend",
    # a rule reminder, a joke reply, a condition
    "you're not welcome to post links here",
    "thanks - you're not welcome lol",
    "if you are not welcome, leave",
    # reported, not a retort
    "the report says the senator lied",
    "my mom says the idiot next door moved out",
    "coming from a noob lol",
    "the noise was coming from the idiot next door",
    "coming from a family of liars, i know the signs",
    # a trip, a pain, the writer
    "can you go away with us in june?",
    "you can go away for the weekend",
    "the pain can go away with rest",
    "i can go away now that the kids are older",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid21_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_olid21_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
