"""Shapes of the discord32 round (targeting_discord32, discord32_words and its lexicon
lines), at default settings: condescension aimed at the reader: the reader caught not
reading or watching ("you didn't even read it did you", "u didnt even watch the video
lol"), mocked for thinking well of their own turn ("bro really thought he did
something", "u really thought that was funny") and their clothes mocked as a child's
("did your mom dress you", "who dressed you lmao"); with the look-alikes that stay clean
(the writer's own, a story's third person, reported, asked, quoted, a kind word after,
the line going on). English only."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the reader caught not reading or watching
    "you didn't even read it did you",
    "you didn't even read it did you?",
    "u didnt even watch the video lol",
    "bro u didnt even try",
    "you literally didnt even read it",
    "lmao you didnt even open the link",
    "you didnt even look at it huh",
    "ya didnt even listen to it did ya",
    "u didnt even read what i said",
    "honestly you didnt even play the game",
    # the reader mocked for thinking well of their turn
    "bro really thought he did something",
    "lmao bro really thought he cooked",
    "u really thought that was funny",
    "you actually thought you were him",
    "blud genuinely thought he ate",
    "bro thought he was him",
    "you really thought you did smth lmao",
    # the reader's clothes mocked as a child's
    "did your mom dress you",
    "did ur mom dress u this morning lmao",
    "lmao who dressed u",
    "who dressed you bro",
)

CLEAN = (
    # the writer's own, a story's third person
    "i didn't even read it lol",
    "i didnt even try and i still won",
    "bro i really thought he did something",
    "i really thought i did something lol",
    "he really thought he was him lol",
    "my brother really thought he did something when he beat me",
    "my mom dressed me today lol",
    # reported, quoted
    "she said u didnt even read it",
    "he said bro really thought he cooked",
    "he asked did your mom dress you",
    '"bro really thought he did something" is a meme',
    # asked
    "you didnt even read it?",
    "you didn't even read it yet? no rush",
    "bro really thought he did something?",
    "did your mom make dinner?",
    # the line goes on, or no such verb
    "you didn't even read the rules and you still won",
    "you didnt even watch it, go watch it its so good",
    "you didn't even need to study, ur so smart",
    "who dressed you up for halloween?",
    "did your mom dress you when you were little?",
    # a kind word after it
    "u really thought that was funny lol ily",
    "who dressed you? you look amazing",
    "you didnt even look at it, thank you for trusting me",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord32_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord32_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
