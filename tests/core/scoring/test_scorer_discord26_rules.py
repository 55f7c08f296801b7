"""Shapes of the discord26 round (targeting_discord26, discord26_words and its lexicon
lines), at default settings: the reader called mid ("ur mid lol", "bro ur mid"), the
reader's things called mid ("ur taste is mid"), a loss made the reader's ("ur whole life
is an L", "ur an L and everyone knows it", "u took an L lol"); with the look-alikes that
stay clean ("mid" as a lane, a show or the writer's own thing called mid, a loss consoled
or the writer's)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the reader called mid
    "ur mid lol",
    "you're mid ngl",
    "you are mid bozo",
    "u r mid fr",
    "ur mid 💀",
    "bro ur mid",
    "ur mid and u know it",
    "you're mid and everyone knows it lol",
    "ur kinda mid",
    "honestly you're lowkey mid",
    # the reader's things called mid
    "ur taste is mid",
    "ur jokes are mid lol",
    "your whole personality is mid",
    "ur music taste is mid fr",
    "ur edits r mid",
    "ur build is mid bro",
    # a loss made the reader's
    "ur whole life is an L",
    "your take is such an L",
    "ur life is an L 😂",
    "ur an L and everyone knows it",
    "ur an L and we all know it",
    "u took an L lol",
    "you just took such an L 💀",
    "bro u took a huge L lmao",
    # the older readings kept
    "ur so mid",
    "ur mid af",
    "ur mid at this game",
    "ur literally mid",
    "ur an L",
    "ur such an L lol",
)

CLEAN = (
    # "mid" as a lane, asked or denied
    "ur mid",
    "ur mid, i'll go top",
    "ur mid this game",
    "ur mid or top?",
    "ur mid lane right?",
    "ur mid? ok",
    "ur kinda mid?",
    "i'm kinda mid",
    "who is mid",
    "ur not mid, ur cracked",
    "ur art is not mid",
    "ur art is mid?",
    # a show, a game or the writer's own thing called mid
    "that movie is mid",
    "this map is mid lol",
    "my art is mid ngl",
    "our mid is mid",
    "i'm so mid at this game",
    "he said ur taste is mid",
    "ur art is mid but ur getting better",
    # a loss consoled, of the writer or of a thing
    "u took an L, it happens, next time",
    "you took an L but you'll bounce back",
    "u took an L on that test? me too",
    "i took an L lol",
    "we took an L today 💀",
    "my whole life is an L lol",
    "the season was an L",
    "your life is an L? nah",
    "ur an L away from ranking down",
    # kind turns
    "ur taste is immaculate",
    "ur mid game is so good",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord26_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord26_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_discord26_bare_mid_in_reply(scorer: Scorer) -> None:
    """ "ur mid" alone is a lane as often, but said in reply it is the put-down."""
    assert scorer.score("ur mid", is_reply=True).hostile
    assert scorer.score("you're mid", is_reply=True).hostile
    assert not scorer.score("ur mid?", is_reply=True).hostile
    assert not scorer.score("ur mid").hostile
