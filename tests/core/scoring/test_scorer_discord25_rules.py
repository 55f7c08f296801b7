"""Shapes of the discord25 round (targeting_discord25, discord25_words and its lexicon
lines), at default settings: a member called an L ("ur such an L", "bro is an L", "ur a
walking L"), a bare "cope" told in reply ("cope lol", "just cope"); with the look-alikes
that stay clean (the writer's own L, a loss taken in a game or a test, a thing called an
L, "cope" in a sentence), and two older false flags undone (a chat term explained, "keep
crying" of the writer)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a member called an L
    "ur an L",
    "ur such an L lol",
    "you're literally an L fr",
    "u are an L bro",
    "u r such an L",
    "ur a walking L",
    "ur just a walking L bozo",
    "ur a huge L 💀",
    "ur a total L",
    "ur an absolute L lol",
    "bro is such an L",
    "he's an L tbh",
    "she is such an L lol",
    # a bare "cope" told in reply
    "cope lol",
    "just cope",
    "cope kid",
    "go cope lmao",
    "cope ratio",
    "ok cope",
    "@jay cope",
    "<@123> cope lol",
    # the older readings kept
    "cope harder",
    "cope and seethe",
    "keep crying lol",
    "u keep crying",
    "kys",
    "kys lol",
)

CLEAN = (
    # the writer's own L, a loss taken, a thing called an L
    "i'm such an L lol",
    "im an L at this game fr",
    "took an L on that test",
    "i took an L today lol",
    "L for me today",
    "that was an L",
    "this update is an L",
    "today was such an L",
    "ur an L away from ranking down, be careful",
    "you are an L if you skip leg day",
    "is that an L or an I in the logo?",
    "he said ur an L",
    "ya boy took a huge L",
    "what a total L for me",
    "absolute L today",
    # "cope" in a sentence, or alone (a shrug as often: the discord probe's friendly chat)
    "cope",
    "how do u cope with exams",
    "i cope by gaming lol",
    "cope is a hard word to spell",
    "we'll cope, dont worry",
    "how are u coping bro",
    "ok cope with it",
    "@jay how do u cope with exams",
    # a chat term explained, the writer's own tears
    "kys means keep yourself safe in my guild lol",
    "in our server kys means keep yourself safe",
    "i just keep crying",
    "i keep crying at the ending lol",
    "why do i keep crying at this song",
    "we still keep crying over that finale",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord25_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord25_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_discord25_bare_cope_in_reply(scorer: Scorer) -> None:
    """ "cope" alone is a shrug as often, but said in reply it is the gloat."""
    assert scorer.score("cope", is_reply=True).hostile
    assert not scorer.score("cope").hostile
