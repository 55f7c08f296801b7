"""Shapes of the discord17 round (targeting_discord17, discord17_words and its lexicon
lines), at default settings: the reader asked why they are still in the room, the room
rallied at one person, the reader's opinion dismissed, dares and calls to a fight, a bare
"no one cares lol"; with the look-alikes that stay clean: a hostile phrase judged
(counter-speech, English and Italian), a threat's shape turned sweet, a jab the writer
shares ("same", "me too", "anche io"), a meeting outside told."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the reader asked why they are still in the room
    "why are you still in this server",
    "why r u still here",
    "why are u still in the vc lol",
    "why are you even here",
    # the room rallied at one person
    "everyone laugh at his voice",
    "everybody ignore her shes annoying",
    "everyone clown on him",
    # the reader's opinion dismissed, the reader irrelevant
    "ur opinion doesnt matter",
    "your opinion does not matter here",
    "ur literally irrelevant",
    # a bare dismissal, chat tags after it
    "no one cares lol",
    "ok and? nobody cares bro",
    # dares and calls to a fight
    "try me and see what happens",
    "say that again and see what happens",
    "catch me outside",
    "catch me outside how bout dat",
    "meet me outside after school",
    "ur done kid",
    "i'll find u after school",
    "say that to my face",
    "come say that irl",
    # a disability named as a jab at the reader
    "ur so autistic",
    "you're literally autistic bro",
    # the look-alikes' hostile neighbours: a phrase said, then judged after a stop; harm
    # after a threat; "the same"; a slur is never shared away
    "kys",
    "kys loser",
    "kys is what u should do",
    "ur trash is not a joke",
    "i know where u live",
    "i know where you live and im bringing a bat",
    "ur trash, always the same",
    "ur trash at this",
    "ur a f*g lol same",
    "sei un coglione",
    "go back to ur country",
    "go back to ur country, this is not a joke",
)

CLEAN = (
    # a hostile phrase judged: counter-speech
    "kys is never a joke, please don't say it",
    "kys isn't funny",
    "kys jokes arent funny",
    "go die is not ok to say",
    "ammazzati non è uno scherzo",
    "go back to ur country is a racist thing to say",
    "nobody likes you is such a mean thing to say",
    # a threat's shape turned sweet
    "i know where u live... in my heart",
    "i know where you live and im sending cookies",
    "i will find you and give you a hug",
    "im coming for you with cookies",
    # a jab the writer shares
    "ur bad at this lol same",
    "ur so bad at this, me too tho",
    "ur trash at this game, same tbh",
    "you suck at this same",
    "ur fat lol me too",
    "sei scarso lol anche io",
    # a meeting outside told
    "catch me outside the mall at 5 we'll walk together",
    "meet me outside the cinema at 7",
    "im at ur door meet me outside",
    # the room and the writer, no room named, no reader
    "why are you still awake lol",
    "everyone laugh at my pfp its so dumb",
    "no one cares about the patch notes lol",
    "i dyed my hair, no one cares lol",
    "i'll find u in the lobby",
    "try the new map and see what happens",
    "she said it to my face",
    "my brother is autistic",
    "are you autistic? me too",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord17_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord17_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
